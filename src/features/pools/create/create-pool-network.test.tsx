import { act, screen, waitFor } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simClock, simStore } from '@/mocks/node'
import { loseAnswer } from '@/test/lose-answer'
import {
  choose,
  FORM_TEST,
  fields,
  helperOf,
  nextButton,
  openCreatePage,
  retype,
  reviewValues,
  submitButton,
  toReview,
} from './create-pool.test-helpers'
import { seedWith } from '@/test/seed-with'

const NETWORKS = '/api/modelarts/v1/:project/networks'
const POOLS = '/api/modelarts/v2/:project/pools'

afterEach(() => {
  server.events.removeAllListeners()
})
const PAGE_LOAD = { timeout: 8000 }

const network = {
  select: () => screen.getByRole('combobox', { name: 'ModelArts Network' }),
  name: () => screen.getByRole('textbox', { name: 'Network Name' }),
  cidr: () => screen.getByRole('textbox', { name: 'Network CIDR' }),
}

/** Every write the console sends, as `METHOD path`, in order. */
function recordWrites() {
  const sent: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') sent.push(`${request.method} ${new URL(request.url).pathname}`)
  })
  return sent
}

/** A project whose only network is connected to a VPC: nothing isolated to run a pool on. */
function withoutIsolatedNetwork() {
  seedWith((s) => ({ ...s, networks: s.networks.filter((n) => n.peers.length > 0) }))
}

async function fillStaging(user: UserEvent, name = 'staging-serving') {
  await user.type(fields.name(), name)
  await user.click(fields.customNetwork())
  await choose(user, fields.vpc(), /^vpc-staging/)
  await choose(user, fields.subnet(), /^subnet-staging/)
  await choose(user, fields.securityGroup(), /^sg-staging/)
  await user.click(fields.flavor(/CPU · 8 vCPUs/))
}

describe('the ModelArts network of a new pool', FORM_TEST, () => {
  it('uses the isolated network of the project, and says so', async () => {
    const { user } = await openCreatePage('train')
    await waitFor(() =>
      expect(network.select()).toHaveTextContent('network-7a03 (192.168.128.0/17)'),
    )
    expect(screen.queryByRole('textbox', { name: 'Network CIDR' })).not.toBeInTheDocument()
    await user.type(fields.name(), 'on-isolated')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(user)
    expect(reviewValues()['ModelArts Network']).toBe('network-7a03 (192.168.128.0/17), isolated')
  })

  it('creates an isolated network first when the project has none, then the pool on it', async () => {
    withoutIsolatedNetwork()
    simClock.speed = 50
    const writes = recordWrites()
    const { user } = await openCreatePage('train')
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    expect((network.name() as HTMLInputElement).value).toMatch(/^network-[a-z0-9]{4}$/)
    await retype(user, network.name(), 'network-team')
    expect(network.cidr()).toHaveValue('192.168.128.0/17')
    await user.type(fields.name(), 'first-pool')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(user)
    expect(reviewValues()['ModelArts Network']).toBe(
      'A new network, network-team (192.168.128.0/17), is created first; then the pool is created on it.',
    )
    expect(screen.getByRole('list', { name: 'Submit will' })).toHaveTextContent(
      'Create the ModelArts network network-team and wait until it is Active',
    )
    await user.click(submitButton())
    await screen.findByText(/Pool first-pool is being created/, undefined, PAGE_LOAD)
    const id = `network-team-${DEMO_PROJECT_ID}`
    expect(writes).toEqual([
      `POST /api/modelarts/v1/cn-north-4/networks`,
      `POST /api/modelarts/v2/cn-north-4/pools`,
    ])
    const pool = simStore.read(Date.now()).pools.find((p) => p.name === 'first-pool')
    expect(pool?.networkName).toBe(id)
  })

  it('creates a network connected to the chosen VPC and subnet for a custom network', async () => {
    simClock.speed = 50
    const writes = recordWrites()
    const { user } = await openCreatePage('infer')
    await fillStaging(user)
    // No network is connected to vpc-staging yet, and its CIDR (172.16.0.0/16) is avoided.
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    // Clear of vpc-staging (172.16.0.0/16) and of the project's other networks.
    expect(network.cidr()).toHaveValue('172.24.0.0/16')
    await retype(user, network.name(), 'network-stage')
    await toReview(user)
    expect(reviewValues()['ModelArts Network']).toBe(
      'A new network, network-stage (172.24.0.0/16), is created first and connected to this VPC and subnet; then the pool is created on it.',
    )
    await user.click(submitButton())
    await screen.findByText(/Pool staging-serving is being created/, undefined, PAGE_LOAD)
    const id = `network-stage-${DEMO_PROJECT_ID}`
    expect(writes).toEqual([
      `POST /api/modelarts/v1/cn-north-4/networks`,
      `PATCH /api/modelarts/v1/cn-north-4/networks/${id}`,
      `POST /api/modelarts/v2/cn-north-4/pools`,
    ])
    const state = simStore.read(Date.now())
    expect(state.networks.find((n) => n.id === id)?.peers).toMatchObject([
      { vpc: 'vpc-2b9d4e61', subnet: 'subnet-c9d0e1f2' },
    ])
    expect(state.pools.find((p) => p.name === 'staging-serving')?.networkName).toBe(id)
  })

  it('refuses a CIDR outside the allowed ranges or over the VPC on its field, keeping it', async () => {
    const { user } = await openCreatePage('infer')
    await fillStaging(user)
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    await retype(user, network.cidr(), '10.0.0.0/16')
    await user.click(nextButton())
    expect(helperOf(network.cidr())).toMatch(/^Use a block within 172\.16\.0\.0\/12/)
    expect(network.cidr()).toHaveFocus()
    expect(network.cidr()).toHaveValue('10.0.0.0/16')
    await retype(user, network.cidr(), '172.16.0.0/20')
    expect(network.cidr()).toHaveValue('172.16.0.0/20')
    await user.click(nextButton())
    expect(helperOf(network.cidr())).toMatch(/container network/)
    await retype(user, network.cidr(), '172.24.0.0/16')
    await user.click(nextButton())
    expect(
      await screen.findByRole('region', { name: 'Confirm the configuration' }),
    ).toBeInTheDocument()
  })

  it('puts the server refusing the CIDR on the CIDR field, with everything kept', async () => {
    server.use(
      http.post(NETWORKS, () =>
        HttpResponse.json(
          {
            error_code: 'ModelArts.50004000',
            error_msg:
              'spec.cidr: the CIDR must lie within 172.16.0.0/12 (prefix 12 to 24) or 192.168.0.0/16 (prefix 16 to 24)',
          },
          { status: 400 },
        ),
      ),
    )
    const { user } = await openCreatePage('infer')
    await fillStaging(user)
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    await toReview(user)
    await user.click(submitButton())
    await waitFor(() => expect(network.cidr()).toHaveFocus())
    expect(helperOf(network.cidr())).toMatch(/^The CIDR must lie within 172\.16\.0\.0\/12/)
    expect(fields.name()).toHaveValue('staging-serving')
    expect(fields.vpc()).toHaveTextContent('vpc-staging')
  })

  it('puts a VPC the service no longer knows on the VPC field, and reuses the network made', async () => {
    simClock.speed = 50
    server.use(
      http.patch(
        `${NETWORKS}/:network`,
        () =>
          HttpResponse.json(
            {
              error_code: 'ModelArts.50004000',
              error_msg:
                'spec.connection.peerConnectionList[0].peerVpcId: no VPC vpc-2b9d4e61 in this project',
            },
            { status: 400 },
          ),
        { once: true },
      ),
    )
    const writes = recordWrites()
    const { user } = await openCreatePage('infer')
    await fillStaging(user)
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    await retype(user, network.name(), 'network-again')
    await toReview(user)
    await user.click(submitButton())
    await waitFor(() => expect(fields.vpc()).toHaveFocus(), PAGE_LOAD)
    expect(helperOf(fields.vpc())).toBe('No VPC vpc-2b9d4e61 in this project')
    // The network created on the way is now the one chosen: submitting again makes no other.
    await waitFor(() => expect(network.select()).toHaveTextContent('network-again'))
    await toReview(user)
    await user.click(submitButton())
    await screen.findByText(/Pool staging-serving is being created/, undefined, PAGE_LOAD)
    expect(writes.filter((w) => w.startsWith('POST') && w.endsWith('/networks'))).toHaveLength(1)
  })

  it('stops before the pool when the user leaves while the network is made, and says what exists', async () => {
    withoutIsolatedNetwork()
    const writes = recordWrites()
    const { user, router } = await openCreatePage('train')
    await waitFor(() => expect(network.select()).toHaveTextContent('Create a new network'))
    await retype(user, network.name(), 'network-left')
    await user.type(fields.name(), 'never-made')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(user)
    await user.click(submitButton())
    // The network is being created (about 5 s at this speed) when the user leaves.
    await screen.findByText(/^Step 1 of 2/)
    await waitFor(() => expect(writes).toHaveLength(1))
    await user.click(screen.getByRole('link', { name: 'Cancel' }))
    expect(
      await screen.findByText(
        'Creation of pool never-made stopped. The ModelArts network network-left was created and is offered the next time.',
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/cn-north-4/pools'))
    // The network turns Active now; a run still going would create the pool at its next look
    // (at most 1.5 s away). Nothing more is sent.
    const state = simStore.read(Date.now())
    simStore.replace({
      ...state,
      networks: state.networks.map((n) =>
        n.name === 'network-left' ? { ...n, readyAt: Date.now() } : n,
      ),
    })
    // A real wait: the workflow's own sleep was scheduled before this point, so fake timers
    // installed now could not run it, and from the start they make userEvent's steps race React.
    await act(() => new Promise((r) => setTimeout(r, 2500)))
    expect(writes).toEqual([`POST /api/modelarts/v1/cn-north-4/networks`])
    expect(simStore.read(Date.now()).pools.some((p) => p.name === 'never-made')).toBe(false)
  })

  /** Creates the CPU pool "lost-answer" on the Create page, up to and including Submit. */
  async function submitLostAnswerPool() {
    const app = await openCreatePage('train')
    await app.user.type(fields.name(), 'lost-answer')
    await app.user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(app.user)
    await app.user.click(submitButton())
    return app
  }

  it('looks for the pool when the answer to its creation is lost, and reports it created', async () => {
    // The service creates the pool, but its answer never reaches the console.
    loseAnswer('post', '/v2/:project/pools')
    const writes = recordWrites()
    await submitLostAnswerPool()
    await screen.findByText(/Pool lost-answer is being created/, undefined, PAGE_LOAD)
    expect(writes.filter((w) => w.startsWith('POST') && w.endsWith('/pools'))).toHaveLength(1)
    expect(simStore.read(Date.now()).pools.filter((p) => p.name === 'lost-answer')).toHaveLength(1)
  })

  it('when the look fails too, says so, and Submit again finds the pool instead of creating it twice', async () => {
    loseAnswer('post', '/v2/:project/pools')
    server.use(http.get(POOLS, () => HttpResponse.error(), { once: true }))
    const writes = recordWrites()
    const { user } = await submitLostAnswerPool()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Whether the pool was created is not known yet')
    expect(alert).toHaveTextContent('The service could not be reached')
    expect(alert).not.toHaveTextContent('could not be created')
    await user.click(screen.getByRole('button', { name: 'Submit again' }))
    await screen.findByText(/Pool lost-answer is being created/, undefined, PAGE_LOAD)
    expect(writes.filter((w) => w.startsWith('POST') && w.endsWith('/pools'))).toHaveLength(1)
    expect(simStore.read(Date.now()).pools.filter((p) => p.name === 'lost-answer')).toHaveLength(1)
  })

  it('puts the failure in focus, so the keyboard lands on Submit again', async () => {
    server.use(
      http.post(
        POOLS,
        () =>
          HttpResponse.json(
            { error_code: 'ModelArts.5039', error_msg: 'The service is busy.' },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'busy-pool')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(user)
    await user.click(submitButton())
    const alert = await screen.findByRole('alert')
    await waitFor(() => expect(alert).toHaveFocus())
  })
})
