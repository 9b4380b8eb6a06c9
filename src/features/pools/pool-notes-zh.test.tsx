import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { request } from '@/api/http'
import { z } from '@/api/zod'
import { server } from '@/mocks/node'
import { inChinese } from '@/test/i18n'
import { renderApp } from '@/test/render'
import { UnreadablePools } from './unreadable-pools'

describe('the shared pool notices in Chinese', () => {
  it('words the quota and the public pool note in Chinese', async () => {
    await inChinese('list', 'pools')
    renderApp('/pools?type=train')
    expect(await screen.findByText('已使用配额：资源池 11/15，节点 21/200')).toBeInTheDocument()
    expect(screen.getByText(/公共资源池为共享资源/)).toBeInTheDocument()
    expect(screen.getByText('运行中', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '关闭公共资源池说明' })).toBeInTheDocument()
  })

  it('names pools it could not read, keeping what the schema check found as it is', async () => {
    await inChinese('list', 'pools')
    render(
      <UnreadablePools items={[{ problem: '✖ Invalid input' }, { name: 'a', problem: 'x' }]} />,
    )
    expect(screen.getByText('2 个资源池无法显示')).toBeInTheDocument()
    expect(screen.getByText('未命名的资源池')).toBeInTheDocument()
    expect(screen.getByText('✖ Invalid input')).toBeInTheDocument()
  })

  it('says in Chinese that the service could not be reached', async () => {
    await inChinese('list', 'pools')
    server.use(http.get('/api/modelarts/v2/x/pools', () => HttpResponse.error()))
    await expect(request({ path: '/v2/x/pools', schema: z.unknown() })).rejects.toThrow(
      '无法连接服务。请检查网络连接后重试。',
    )
  })
})
