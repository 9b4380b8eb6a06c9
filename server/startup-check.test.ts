import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type FakeModelarts, startFakeModelarts } from './fake-modelarts-server'
import { readLiveSettings } from './live-settings'
import { projectDirectory } from './projects'
import { checkAtStartup, diagnose } from './startup-check'
import type { Upstream } from './upstream'

const KEY = { ak: 'AKSTARTUP00000000001', sk: 'startup-secret-0000000000000000000001' }
const keys = { kind: 'aksk', ...KEY } as const
const refused = (
  status: number,
  error_code: string,
  error_msg: string,
  date?: string,
): Upstream => ({
  kind: 'answer',
  status,
  headers: date ? { date } : {},
  text: JSON.stringify({ error_code, error_msg }),
})

describe('diagnose', () => {
  const host = 'modelarts.cn-north-4.myhuaweicloud.com'
  it('tells a wrong key, a wrong secret and a wrong clock apart, and says what to do', () => {
    expect(
      diagnose(
        refused(
          401,
          'APIGW.0301',
          'Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist',
        ),
        keys,
        host,
      ),
    ).toMatch(/^HUAWEICLOUD_SDK_AK is not a known access key .*My Credentials/)
    expect(
      diagnose(
        refused(
          401,
          'APIGW.0301',
          'Incorrect IAM authentication information: verify aksk signature fail',
        ),
        keys,
        host,
      ),
    ).toMatch(/HUAWEICLOUD_SDK_SK does not belong to HUAWEICLOUD_SDK_AK/)
    const now = Date.UTC(2026, 11, 2, 10, 0, 0)
    expect(
      diagnose(
        refused(
          401,
          'APIGW.0301',
          'Incorrect IAM authentication information: signature expired',
          new Date(now - 40 * 60_000).toUTCString(),
        ),
        keys,
        host,
        now,
      ),
    ).toMatch(/clock is 40 minutes ahead of the gateway's.* set the clock right/)
    expect(
      diagnose(
        refused(401, 'APIGW.0301', 'decrypt token fail'),
        { kind: 'token', token: 't' },
        host,
      ),
    ).toMatch(/IAM token was refused .* MODELARTS_TOKEN/)
    expect(diagnose(refused(403, 'ModelArts.0103', 'no permission'), keys, host)).toMatch(
      /permissions/,
    )
  })

  it('names a region without ModelArts, and an endpoint that does not answer', () => {
    expect(
      diagnose(
        { kind: 'unsent', reason: 'ENOTFOUND' },
        keys,
        'modelarts.cn-nowhere-1.myhuaweicloud.com',
      ),
    ).toMatch(
      /modelarts\.cn-nowhere-1\.myhuaweicloud\.com does not exist .* region name is wrong, or ModelArts is not offered there/,
    )
    expect(diagnose({ kind: 'no-answer', reason: 'ECONNRESET' }, keys, host)).toMatch(
      /sent no answer/,
    )
  })
})

describe('checkAtStartup against fake-modelarts', () => {
  let dir: string
  let fake: FakeModelarts
  /** The fake gateway, its clock `ahead` ms ahead of ours. */
  const startFake = (ahead = 0) =>
    startFakeModelarts({
      port: 0,
      token: 'unused',
      keys: [KEY],
      projectId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      speed: 1,
      statePath: join(dir, 'state.json'),
      now: () => Date.now() + ahead,
    })
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'startup-check-'))
    fake = await startFake()
  })
  afterEach(async () => {
    await fake.close()
    await rm(dir, { recursive: true, force: true })
  })

  const check = (env: Record<string, string>) => {
    const live = readLiveSettings(
      {
        MODELARTS_ENDPOINT: fake.url,
        HUAWEICLOUD_SDK_AK: KEY.ak,
        HUAWEICLOUD_SDK_SK: KEY.sk,
        ...env,
      },
      { needCredentials: true },
    )!
    return checkAtStartup({
      regions: live.regions,
      credentials: live.credentials!,
      directory: projectDirectory(live.credentials!),
    })
  }

  it('says, region by region, what it connected to', async () => {
    const lines = await check({ MODELARTS_REGIONS: 'cn-north-4,cn-east-3' })
    expect(lines.map((l) => l.ok)).toEqual([true, true])
    expect(lines[0]?.text).toMatch(
      /^✓ cn-north-4: ModelArts at 127\.0\.0\.1:\d+, project a1b2c3d4e5f60718293a4b5c6d7e8f90 \(found through IAM\), signed with access keys$/,
    )
    expect(lines[1]?.text).toContain('project 3c9e1a7f52b84d0e9a61f2c4d8b7e053')
  })

  it('names a clock that is off, by how much, from the gateway’s refusal', async () => {
    await fake.close()
    // The gateway's clock runs 40 minutes ahead of ours: ours is behind.
    fake = await startFake(40 * 60_000)
    const [line] = await check({ MODELARTS_REGIONS: 'cn-north-4' })
    expect(line?.ok).toBe(false)
    expect(line?.text).toMatch(/refused the signature as out of date .*signature expired/)
    expect(line?.text).toMatch(/clock is 40 minutes behind the gateway's/)
  })

  it('says what is wrong with a wrong secret or an unknown region, and never prints a secret', async () => {
    const [wrong] = await check({ MODELARTS_REGIONS: 'cn-north-4', HUAWEICLOUD_SDK_SK: 'mistyped' })
    expect(wrong).toEqual({
      ok: false,
      text: expect.stringMatching(
        /^✗ cn-north-4: asking IAM for the project: the signature was refused .*HUAWEICLOUD_SDK_SK does not belong/,
      ) as string,
    })
    // A refused key is not tried again in the next region (five refusals lock it).
    const both = await check({
      MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
      HUAWEICLOUD_SDK_SK: 'mistyped',
    })
    expect(both[1]?.text).toBe(
      '✗ cn-east-3: not checked: the credentials were refused in cn-north-4 (see above).',
    )
    const [unknown] = await check({ MODELARTS_REGIONS: 'cn-nowhere-9' })
    expect(unknown?.text).toMatch(/IAM \(127\.0\.0\.1:\d+\) knows no project named cn-nowhere-9/)
    for (const line of [wrong, unknown]) {
      expect(line?.text).not.toContain(KEY.ak)
      expect(line?.text).not.toContain(KEY.sk)
      expect(line?.text).not.toContain('mistyped')
    }
  })
})
