import { describe, expect, it } from 'vitest'
import { LiveConfigError, readLiveSettings, siblingEndpoint } from './live-settings'

const PROJECT = '0a1b2c3d4e5f40718293a4b5c6d7e8f9'
const keys = { HUAWEICLOUD_SDK_AK: 'AK-under-test', HUAWEICLOUD_SDK_SK: 'SK-under-test' }
const read = (env: Record<string, string | undefined>, needCredentials = true) =>
  readLiveSettings(env, { needCredentials })

describe('readLiveSettings', () => {
  it('is demo mode when nothing asks for live mode', () => {
    expect(read({})).toBeNull()
    expect(read({ MODELARTS_ENDPOINT: ' ', MODELARTS_TOKEN: '' })).toBeNull()
  })

  it('derives every endpoint from the region names, with only access keys and regions set', () => {
    const live = read({ ...keys, MODELARTS_REGIONS: 'cn-north-4, cn-east-3' })!
    expect(live.credentials).toEqual({ kind: 'aksk', ak: 'AK-under-test', sk: 'SK-under-test' })
    expect(
      live.regions.map((r) => [r.id, r.modelarts.host, r.vpc.host, r.iam.host, r.projectId]),
    ).toEqual([
      [
        'cn-north-4',
        'modelarts.cn-north-4.myhuaweicloud.com',
        'vpc.cn-north-4.myhuaweicloud.com',
        'iam.cn-north-4.myhuaweicloud.com',
        undefined,
      ],
      [
        'cn-east-3',
        'modelarts.cn-east-3.myhuaweicloud.com',
        'vpc.cn-east-3.myhuaweicloud.com',
        'iam.cn-east-3.myhuaweicloud.com',
        undefined,
      ],
    ])
  })

  it('takes HUAWEICLOUD_SDK_REGION, a project ID and temporary credentials', () => {
    const live = read({
      ...keys,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: 'temporary',
      HUAWEICLOUD_SDK_REGION: 'ap-southeast-1',
      HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
    })!
    expect(live.credentials).toMatchObject({ kind: 'aksk', securityToken: 'temporary' })
    expect(live.regions).toHaveLength(1)
    expect(live.regions[0]).toMatchObject({ id: 'ap-southeast-1', projectId: PROJECT })
  })

  it('keeps the IAM token way working, region read from the endpoint', () => {
    const live = read({
      MODELARTS_ENDPOINT: 'https://modelarts.cn-north-4.myhuaweicloud.com',
      MODELARTS_PROJECT_ID: PROJECT,
      MODELARTS_TOKEN: 'MIIZ-token',
    })!
    expect(live.credentials).toEqual({ kind: 'token', token: 'MIIZ-token' })
    expect(live.regions[0]).toMatchObject({ id: 'cn-north-4', projectId: PROJECT })
    expect(live.regions[0]?.vpc.host).toBe('vpc.cn-north-4.myhuaweicloud.com')
  })

  it('lets explicit endpoints win, with {region} filled in for each region', () => {
    const live = read({
      ...keys,
      MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
      MODELARTS_ENDPOINT: 'https://ma.{region}.example.com',
      VPC_ENDPOINT: 'https://net.example.com',
      HUAWEICLOUD_SDK_IAM_ENDPOINT: 'https://iam.myhuaweicloud.com',
    })!
    expect(live.regions.map((r) => [r.modelarts.host, r.vpc.host, r.iam.host])).toEqual([
      ['ma.cn-north-4.example.com', 'net.example.com', 'iam.myhuaweicloud.com'],
      ['ma.cn-east-3.example.com', 'net.example.com', 'iam.myhuaweicloud.com'],
    ])
  })

  it('says exactly what is missing or wrong', () => {
    expect(() => read({ HUAWEICLOUD_SDK_AK: 'x' })).toThrow(LiveConfigError)
    expect(() => read({ HUAWEICLOUD_SDK_AK: 'x', HUAWEICLOUD_SDK_REGION: 'cn-north-4' })).toThrow(
      /HUAWEICLOUD_SDK_SK is missing/,
    )
    expect(() => read({ ...keys })).toThrow(/needs a region: set HUAWEICLOUD_SDK_REGION/)
    expect(() => read({ MODELARTS_REGIONS: 'cn-north-4' })).toThrow(
      /needs credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/,
    )
    expect(() => read({ ...keys, MODELARTS_REGIONS: 'North China' })).toThrow(
      /"North China" is not a region name/,
    )
    expect(() =>
      read({ ...keys, MODELARTS_REGIONS: 'cn-north-4,cn-east-3', MODELARTS_PROJECT_ID: PROJECT }),
    ).toThrow(/A project ID belongs to one region/)
    expect(() =>
      read({ ...keys, HUAWEICLOUD_SDK_REGION: 'cn-north-4', MODELARTS_ENDPOINT: 'modelarts.x' }),
    ).toThrow(/MODELARTS_ENDPOINT must be a URL/)
    expect(() =>
      read({
        ...keys,
        HUAWEICLOUD_SDK_REGION: 'cn-north-4',
        MODELARTS_ENDPOINT: 'https://gateway.example.com',
      }),
    ).toThrow(/set VPC_ENDPOINT/)
  })

  it('builds without credentials: only a running server needs them', () => {
    expect(read({ MODELARTS_REGIONS: 'cn-north-4' }, false)?.credentials).toBeNull()
  })

  it('takes any credential or region as asking for live mode, and says what else it needs', () => {
    expect(() => read({ HUAWEICLOUD_SDK_REGION: 'cn-north-4' })).toThrow(/needs credentials/)
    expect(() => read({ MODELARTS_TOKEN: 'MIIZ' })).toThrow(/needs a region/)
    expect(() => read({ HUAWEICLOUD_SDK_SK: 'sk', HUAWEICLOUD_SDK_REGION: 'cn-north-4' })).toThrow(
      /HUAWEICLOUD_SDK_AK is missing/,
    )
  })

  it('refuses one region’s endpoint for several regions, or for another region', () => {
    expect(() =>
      read({
        ...keys,
        MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
        MODELARTS_ENDPOINT: 'https://modelarts.cn-north-4.myhuaweicloud.com',
      }),
    ).toThrow(/is one region's, and 2 regions are set/)
    expect(() =>
      read({
        ...keys,
        HUAWEICLOUD_SDK_REGION: 'cn-east-3',
        MODELARTS_ENDPOINT: 'https://modelarts.cn-north-4.myhuaweicloud.com',
      }),
    ).toThrow(/is cn-north-4's, but the region is cn-east-3/)
    // A local fake serves every region on one address.
    expect(
      read({
        ...keys,
        MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
        MODELARTS_ENDPOINT: 'http://127.0.0.1:8787',
      })?.regions,
    ).toHaveLength(2)
  })
})

describe('siblingEndpoint', () => {
  it('points a loopback fake at itself: it serves every API on one port', () => {
    expect(siblingEndpoint(new URL('http://127.0.0.1:8787'), 'vpc')?.href).toBe(
      'http://127.0.0.1:8787/',
    )
    expect(siblingEndpoint(new URL('http://localhost:8787'), 'iam')?.href).toBe(
      'http://localhost:8787/',
    )
  })
})
