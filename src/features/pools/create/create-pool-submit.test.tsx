// Longer than most on purpose: Submit's every outcome (created, field refusal, quota, sold out,
// lost answer, failure after leaving) against one page setup; split further, each file would
// repeat that setup.
import { act, screen, waitFor } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, simStore } from '@/mocks/node'
import { renderApp } from '@/test/render'
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

const POOLS = '/api/modelarts/v2/:project/pools'
/** Going back to the list loads its route chunk and the pools: allow for a busy machine. */
const PAGE_LOAD = { timeout: 5000 }

/** Records every create request's body, then lets the simulator answer it. */
function spyOnCreate() {
  const bodies: unknown[] = []
  server.use(
    http.post(POOLS, async ({ request }) => {
      bodies.push(await request.clone().json())
      return undefined
    }),
  )
  return bodies
}

const failCreate = (status: number, error_code: string, error_msg: string, once = false) =>
  server.use(
    http.post(POOLS, () => HttpResponse.json({ error_code, error_msg }, { status }), { once }),
  )

const poolNamed = (name: string) => simStore.read(Date.now()).pools.find((p) => p.name === name)

/** A complete Service Deployment pool on vpc-prod in AZ 2, up to the review step. */
async function fillInferWithNetwork(user: UserEvent, name = 'vision-serving') {
  await user.type(fields.name(), name)
  await retype(user, fields.description(), 'OCR and speech services')
  await user.click(fields.customNetwork())
  await choose(user, fields.vpc(), /^vpc-prod/)
  await choose(user, fields.subnet(), /^subnet-prod-inference/)
  await choose(user, fields.securityGroup(), /^sg-inference/)
  await user.click(fields.az(/AZ 2/))
  await user.click(fields.flavor(/NVIDIA T4/))
  await retype(user, fields.nodes(), '2')
}

describe('review step', FORM_TEST, () => {
  it('lists every value in words before anything is sent, and moves focus to it', async () => {
    const bodies = spyOnCreate()
    const { user } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    expect(reviewValues()).toEqual({
      'Resource Type': 'Dedicated for Service Deployment',
      Name: 'vision-serving',
      Description: 'OCR and speech services',
      Network: 'Custom network',
      VPC: 'vpc-prod (192.168.0.0/16)',
      Subnet: 'subnet-prod-inference (192.168.10.0/24)',
      'Security Group':
        "sg-inferenceIt lets the pool's network (172.20.0.0/16) in on TCP 8080. Not sent: ModelArts networks take no security group.",
      'ModelArts Network': 'network-prod (172.20.0.0/16), connected to this VPC and subnet',
      AZ: 'AZ 2 (cn-north-4b)',
      Specifications: 'GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB (modelarts.vm.gpu.t4u8)',
      Nodes: '2 nodes',
    })
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Confirm the configuration' })).toHaveFocus(),
    )
    expect(bodies).toHaveLength(0)
  })

  it('says a Development/Training pool gets an isolated network and random placement', async () => {
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'llm-pretrain')
    await user.click(fields.flavor(/CPU · 4 vCPUs/))
    await toReview(user)
    expect(reviewValues()).toMatchObject({
      'Resource Type': 'Dedicated for Development/Training',
      Description: 'None',
      Network: 'Isolated ModelArts network',
      'ModelArts Network': 'network-7a03 (192.168.128.0/17), isolated',
      AZ: 'Random (ModelArts places the nodes in AZs with capacity)',
      Specifications: 'CPU · 4 vCPUs · 8 GiB (modelarts.vm.cpu.4ud)',
      Nodes: '1 node',
    })
  })

  it('goes back with Previous keeping every value', async () => {
    const { user } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(fields.name()).toHaveValue('vision-serving')
    expect(fields.description()).toHaveValue('OCR and speech services')
    expect(fields.customNetwork()).toBeChecked()
    expect(fields.vpc()).toHaveTextContent('vpc-prod')
    expect(fields.subnet()).toHaveTextContent('subnet-prod-inference')
    expect(fields.securityGroup()).toHaveTextContent('sg-inference')
    expect(fields.az(/AZ 2/)).toBeChecked()
    expect(fields.flavor(/NVIDIA T4/)).toBeChecked()
    expect(fields.nodes()).toHaveValue('2')
    // And forward again to the same review.
    await toReview(user)
    expect(reviewValues().VPC).toBe('vpc-prod (192.168.0.0/16)')
  })

  it("moves between the two steps with the browser's Back and Forward, keeping every value", async () => {
    const { user, router } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    expect(router.state.location.search).toBe('?type=infer&step=confirm')
    await act(() => router.navigate(-1))
    expect(await screen.findByRole('form', { name: 'Pool configuration' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/cn-north-4/pools/create')
    expect(fields.name()).toHaveValue('vision-serving')
    expect(fields.vpc()).toHaveTextContent('vpc-prod')
    await act(() => router.navigate(1))
    expect(
      await screen.findByRole('region', { name: 'Confirm the configuration' }),
    ).toBeInTheDocument()
    expect(reviewValues().Name).toBe('vision-serving')
  })

  it('refuses a name the list already showed, before anything is sent', async () => {
    const bodies = spyOnCreate()
    const { user } = renderApp('/pools?type=train')
    await user.click(await screen.findByRole('link', { name: 'Create' }, PAGE_LOAD))
    await screen.findByRole('radio', { name: /CPU · 8 vCPUs · 32 GiB/ }, PAGE_LOAD)
    await user.type(fields.name(), 'llm-finetune')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await user.click(nextButton())
    expect(helperOf(fields.name())).toBe(
      'A resource pool named llm-finetune already exists. Choose another name.',
    )
    expect(bodies).toHaveLength(0)
  })
})

describe('submitting', FORM_TEST, () => {
  it('posts the documented body for a Service Deployment pool on the network connected to its VPC', async () => {
    const bodies = spyOnCreate()
    const { user } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    await user.click(submitButton())
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toEqual({
      kind: 'Pool',
      apiVersion: 'v2',
      metadata: {
        labels: { 'os.modelarts/name': 'vision-serving', 'os.modelarts/workspace.id': '0' },
        annotations: { 'os.modelarts/description': 'OCR and speech services' },
      },
      spec: {
        type: 'Dedicate',
        scope: ['Infer'],
        resources: [
          { flavor: 'modelarts.vm.gpu.t4u8', count: 2, azs: [{ az: 'cn-north-4b', count: 2 }] },
        ],
        // The ModelArts network already connected to vpc-prod / subnet-prod-inference: no VPC,
        // subnet or security group travels with a Standard pool.
        network: { name: 'network-prod-6f5da086876d4cd084d36f8bd3346036' },
      },
    })
  })

  it('creates a Development/Training pool and returns to its tab with a notice', async () => {
    const bodies = spyOnCreate()
    const { user, router } = await openCreatePage('train')
    await user.type(fields.name(), 'llm-pretrain')
    await user.click(fields.flavor(/NVIDIA T4/))
    await retype(user, fields.nodes(), '3')
    await toReview(user)
    await user.click(submitButton())
    expect(
      await screen.findByText(
        'Pool llm-pretrain is being created. It can be used once its status is Running.',
        undefined,
        PAGE_LOAD,
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.pathname).toBe('/cn-north-4/pools'), PAGE_LOAD)
    expect(router.state.location.search).toBe('?type=train')
    expect(bodies[0]).toMatchObject({
      spec: {
        scope: ['Train', 'Notebook'],
        resources: [{ flavor: 'modelarts.vm.gpu.t4u8', count: 3 }],
        // The project's isolated ModelArts network.
        network: { name: 'network-7a03-6f5da086876d4cd084d36f8bd3346036' },
      },
    })
    expect((bodies[0] as { spec: { resources: object[] } }).spec.resources[0]).not.toHaveProperty(
      'azs',
    )
    expect(poolNamed('llm-pretrain')).toMatchObject({ scope: ['Train', 'Notebook'] })
    expect(await screen.findByRole('link', { name: 'llm-pretrain' }, PAGE_LOAD)).toBeInTheDocument()
  })

  it('disables Submit while the request runs, so a double click creates one pool', async () => {
    const bodies: unknown[] = []
    server.use(
      http.post(POOLS, async ({ request }) => {
        bodies.push(await request.clone().json())
        await delay(500)
        return undefined
      }),
    )
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'only-once')
    await user.click(fields.flavor(/CPU · 8 vCPUs/))
    await toReview(user)
    await user.dblClick(submitButton())
    // Marked disabled but kept focusable, so the focus stays where the user is.
    expect(screen.getByRole('button', { name: 'Submitting…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByRole('button', { name: 'Submitting…' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled()
    await screen.findByText(/Pool only-once is being created/, undefined, PAGE_LOAD)
    expect(bodies).toHaveLength(1)
    expect(simStore.read(Date.now()).pools.filter((p) => p.name === 'only-once')).toHaveLength(1)
  })
})

describe('when the server refuses', FORM_TEST, () => {
  it('puts a duplicate name back on the Name field, focused, with everything else kept', async () => {
    const { user, router } = await openCreatePage('infer')
    // "llm-finetune" already exists in the project: the simulated service answers 409.
    await fillInferWithNetwork(user, 'llm-finetune')
    await toReview(user)
    await user.click(submitButton())
    await waitFor(() => expect(fields.name()).toHaveFocus())
    expect(helperOf(fields.name())).toBe(
      'A resource pool named llm-finetune already exists. Choose another name.',
    )
    expect(fields.name()).toHaveAttribute('aria-invalid', 'true')
    expect(fields.name()).toHaveValue('llm-finetune')
    expect(fields.description()).toHaveValue('OCR and speech services')
    expect(fields.vpc()).toHaveTextContent('vpc-prod')
    expect(fields.securityGroup()).toHaveTextContent('sg-inference')
    expect(fields.az(/AZ 2/)).toBeChecked()
    expect(fields.flavor(/NVIDIA T4/)).toBeChecked()
    expect(fields.nodes()).toHaveValue('2')
    expect(router.state.location.pathname).toBe('/cn-north-4/pools/create')
    // A new name clears the error and the pool can be created.
    await retype(user, fields.name(), 'vision-serving-2')
    expect(fields.name()).toHaveAttribute('aria-invalid', 'false')
    await toReview(user)
    await user.click(submitButton())
    expect(
      await screen.findByText(/Pool vision-serving-2 is being created/, undefined, PAGE_LOAD),
    ).toBeInTheDocument()
  })

  it('puts a sold-out answer on Specifications with the values kept', async () => {
    failCreate(
      400,
      'ModelArts.6329',
      'The flavor modelarts.vm.gpu.t4u8 is sold out in cn-north-4b. Choose another flavor or AZ; it can be bought again once other users release capacity.',
    )
    const { user } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    await user.click(submitButton())
    const group = await screen.findByRole('radiogroup', { name: 'Specifications' })
    expect(group).toHaveAccessibleDescription(/modelarts\.vm\.gpu\.t4u8 is sold out in cn-north-4b/)
    await waitFor(() => expect(fields.flavor(/NVIDIA T4/)).toHaveFocus())
    expect(fields.flavor(/NVIDIA T4/)).toBeChecked()
    expect(fields.name()).toHaveValue('vision-serving')
  })

  it('names the exceeded quota in an alert and keeps the review for another try', async () => {
    failCreate(
      400,
      'ModelArts.0116',
      'Node quota exceeded: 198 of 200 nodes are in use and 2 more were requested. Release nodes or ask for a higher node quota.',
    )
    const { user } = await openCreatePage('infer')
    await fillInferWithNetwork(user)
    await toReview(user)
    await user.click(submitButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Quota exceeded')
    expect(alert).toHaveTextContent('Node quota exceeded: 198 of 200 nodes are in use')
    expect(reviewValues().Name).toBe('vision-serving')
    expect(submitButton()).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(fields.nodes()).toHaveValue('2')
  })

  it('shows a server failure in words with Submit again, which then creates the pool', async () => {
    failCreate(500, 'ModelArts.5039', 'The service is busy. Try again later.', true)
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'retry-me')
    await user.click(fields.flavor(/NVIDIA T4/))
    await toReview(user)
    await user.click(submitButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The pool could not be created')
    expect(alert).toHaveTextContent('The service is busy. Try again later.')
    expect(alert).toHaveTextContent('Error code: ModelArts.5039')
    expect(reviewValues().Name).toBe('retry-me')
    await user.click(screen.getByRole('button', { name: 'Submit again' }))
    expect(
      await screen.findByText(/Pool retry-me is being created/, undefined, PAGE_LOAD),
    ).toBeInTheDocument()
    expect(poolNamed('retry-me')).toBeDefined()
  })

  it('says so when the service cannot be reached, keeping everything', async () => {
    server.use(http.post(POOLS, () => HttpResponse.error()))
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'offline-pool')
    await user.click(fields.flavor(/NVIDIA T4/))
    await toReview(user)
    await user.click(submitButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('The service could not be reached')
    expect(screen.getByRole('button', { name: 'Submit again' })).toBeEnabled()
    expect(reviewValues().Name).toBe('offline-pool')
  })

  it('puts a field error the server names on that field', async () => {
    failCreate(
      400,
      'ModelArts.50004000',
      'spec.resources[0].count: a pool is created with 1 to 30 nodes at a time',
    )
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'bad-count')
    await user.click(fields.flavor(/NVIDIA T4/))
    await toReview(user)
    await user.click(submitButton())
    await waitFor(() => expect(fields.nodes()).toHaveFocus())
    expect(helperOf(fields.nodes())).toBe('A pool is created with 1 to 30 nodes at a time')
  })
})
