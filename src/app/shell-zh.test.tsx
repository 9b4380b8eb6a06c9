import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import zhCommon from '@/i18n/locales/zh-CN/common.json'
import { formatCpu, formatDateTime, formatRelative } from '@/lib/format'
import { server } from '@/mocks/node'
import { inChinese } from '@/test/i18n'
import { renderApp } from '@/test/render'
import { BootFailure } from './boot-failure'

describe('the console shell in Chinese', () => {
  it('names the shell and an unknown page in Chinese', async () => {
    await inChinese('list', 'pools')
    renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '返回专属资源池' })).toBeInTheDocument()
  })

  it('lists the regions it serves, the Chinese way', async () => {
    await inChinese('list', 'pools')
    renderApp('/eu-west-0/pools')
    expect(await screen.findByRole('heading', { name: '区域不可用' })).toBeInTheDocument()
    expect(
      screen.getByText(/^此控制台未配置名为“eu-west-0”的区域。可用的区域：cn-north-4、/),
    ).toBeInTheDocument()
  })

  it('explains a refused token in Chinese, keeping the names to type as they are', async () => {
    server.use(
      http.all('/api/modelarts/*', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50001000', error_msg: 'The token is invalid or has expired.' },
          { status: 401 },
        ),
      ),
    )
    await inChinese('list', 'pools')
    renderApp('/pools?type=train')
    const title = await screen.findByText('未登录ModelArts', undefined, { timeout: 5_000 })
    const alert = title.closest('[role="alert"]') as HTMLElement
    expect(alert).toHaveTextContent('请获取新的IAM Token')
    expect(alert).toHaveTextContent('MODELARTS_TOKEN')
    expect(alert).toHaveTextContent('服务返回 401：The token is invalid or has expired.')
    expect(screen.getByRole('link', { name: '跳到主要内容' })).toBeInTheDocument()
  })

  it('writes units, dates and ages in Chinese', async () => {
    await inChinese('list', 'pools')
    expect(formatCpu('1')).toBe('1 vCPU')
    expect(formatCpu('3920m')).toBe('3.92 vCPU')
    expect(formatDateTime('2026-11-27T12:00:00Z')).toMatch(/^2026年11月\d{2}日 \d{2}:\d{2}:\d{2}$/)
    const now = Date.parse('2026-11-27T12:00:00Z')
    expect(formatRelative('2026-11-24T12:00:00Z', now)).toBe('3天前')
  })

  it('says a failed start in English when the Chinese catalog never arrived', async () => {
    await inChinese('list', 'pools')
    const error = new Error('no service worker')
    const { unmount } = render(<BootFailure error={error} demo />)
    expect(screen.getByRole('heading', { name: '演示无法启动' })).toBeInTheDocument()
    unmount()
    i18n.removeResourceBundle('zh-CN', 'common')
    try {
      render(<BootFailure error={error} demo={false} />)
      expect(
        screen.getByRole('heading', { name: 'The console could not start' }),
      ).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    } finally {
      i18n.addResourceBundle('zh-CN', 'common', zhCommon)
    }
  })
})
