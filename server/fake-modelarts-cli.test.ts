import { describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { DEFAULT_KEY, readFakeSettings } from './fake-modelarts-cli'
import { DEFAULT_PORT, DEFAULT_TOKEN } from './fake-modelarts-server'

const PROJECT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

describe('readFakeSettings', () => {
  it('defaults to port 8787, the demo project, speed 1 and a state file in the working folder', () => {
    expect(readFakeSettings([], {}, '/work')).toEqual({
      port: DEFAULT_PORT,
      token: DEFAULT_TOKEN,
      defaultToken: true,
      keys: [DEFAULT_KEY],
      regions: ['cn-north-4', 'cn-east-3'],
      projectId: DEMO_PROJECT_ID,
      speed: 1,
      statePath: '/work/.fake-modelarts-state.json',
    })
  })

  it('takes --port over FAKE_MODELARTS_PORT, and the rest from FAKE_MODELARTS_* variables', () => {
    const env = {
      FAKE_MODELARTS_PORT: '9000',
      FAKE_MODELARTS_TOKEN: 'secret',
      FAKE_MODELARTS_PROJECT_ID: PROJECT,
      FAKE_MODELARTS_SPEED: '10',
      FAKE_MODELARTS_STATE: '/tmp/state.json',
      FAKE_MODELARTS_AK: 'AK2',
      FAKE_MODELARTS_SK: 'SK2',
      FAKE_MODELARTS_REGIONS: 'ap-southeast-1',
    }
    expect(readFakeSettings(['--port', '8788'], env)).toMatchObject({
      port: 8788,
      token: 'secret',
      defaultToken: false,
      projectId: PROJECT,
      speed: 10,
      statePath: '/tmp/state.json',
      keys: [{ ak: 'AK2', sk: 'SK2' }],
      regions: ['ap-southeast-1'],
    })
    expect(readFakeSettings(['--port=8789'], env).port).toBe(8789)
    expect(readFakeSettings([], env).port).toBe(9000)
  })

  it('says what is wrong with a bad port or speed', () => {
    expect(() => readFakeSettings(['--port', 'http'], {})).toThrow(
      /The port must be a whole number/,
    )
    expect(() => readFakeSettings([], { FAKE_MODELARTS_SPEED: '0.5' })).toThrow(
      /SPEED must be a number ≥ 1/,
    )
  })
})
