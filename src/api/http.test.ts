import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { server } from '@/mocks/node'
import { ApiError, request } from './http'

describe('request', () => {
  it('turns a ModelArts error body into an ApiError with status, code and message', async () => {
    server.use(
      http.get('/api/modelarts/v2/x/pools/missing', () =>
        HttpResponse.json({ error_code: 'ModelArts.50015001', error_msg: 'pool not found' }, { status: 404 }),
      ),
    )
    const err = await request({ path: '/v2/x/pools/missing', schema: z.unknown() }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ status: 404, code: 'ModelArts.50015001', message: 'pool not found' })
  })
})
