// Longer than most on purpose: one case per field rule and per field of the user guide's Table 2,
// on one page setup.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '@/test/render'
import {
  choose,
  FORM_TEST,
  fields,
  helperOf,
  nextButton,
  openCreatePage,
  retype,
} from './create-pool.test-helpers'

describe('create pool page', FORM_TEST, () => {
  it('shows the Service Deployment form with its type fixed and every field of Table 2', async () => {
    await openCreatePage('infer')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Create Dedicated Resource Pool' }),
    ).toBeInTheDocument()
    const type = screen.getByRole('textbox', { name: 'Resource Type' })
    expect(type).toHaveValue('Dedicated for Service Deployment')
    expect(type).toHaveAttribute('readonly')
    expect(fields.name()).toHaveValue('')
    expect(fields.description()).toHaveValue('')
    expect(fields.customNetwork()).not.toBeChecked()
    expect(fields.az('Random')).toBeChecked()
    expect(fields.az('AZ 1 (cn-north-4a)')).not.toBeChecked()
    expect(fields.az('AZ 2 (cn-north-4b)')).toBeInTheDocument()
    expect(fields.az('AZ 3 (cn-north-4c)')).toBeInTheDocument()
    expect(fields.nodes()).toHaveValue('1')
    expect(
      screen.getByText('GPU gives better performance; CPU is more cost-effective.'),
    ).toBeInTheDocument()
  })

  it('shows the Development/Training form without network or AZ choices', async () => {
    await openCreatePage('train')
    expect(screen.getByRole('textbox', { name: 'Resource Type' })).toHaveValue(
      'Dedicated for Development/Training',
    )
    expect(
      screen.queryByRole('switch', { name: 'Custom Network Configuration' }),
    ).not.toBeInTheDocument()
    expect(screen.queryByRole('radiogroup', { name: 'AZ' })).not.toBeInTheDocument()
    expect(fields.flavor(/NVIDIA T4/)).toBeEnabled()
  })

  it('leads back to the list of the same type from the breadcrumb and from Cancel', async () => {
    const { user, router } = await openCreatePage('infer')
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(
      within(breadcrumb).getByRole('link', { name: 'Dedicated Resource Pools' }),
    ).toHaveAttribute('href', '/cn-north-4/pools?type=infer')
    await user.type(fields.name(), 'half-typed')
    await user.click(screen.getByRole('link', { name: 'Cancel' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/cn-north-4/pools'))
    expect(router.state.location.search).toBe('?type=infer')
  })

  it('asks which type to create when the address names none', async () => {
    renderApp('/pools/create?type=gpu')
    expect(await screen.findByText('Choose what the pool is for')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Dedicated for Service Deployment' })).toHaveAttribute(
      'href',
      '/cn-north-4/pools/create?type=infer',
    )
  })

  it('keeps the form usable and offers Retry when the specifications cannot be loaded', async () => {
    server.use(
      http.get('/api/modelarts/v1/:project/resourceflavors', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.5039', error_msg: 'Service busy, try later.' },
          { status: 500 },
        ),
      ),
    )
    const { user } = renderApp('/pools/create?type=train')
    expect(await screen.findByText('The specifications could not be loaded')).toBeInTheDocument()
    expect(screen.getByText('Service busy, try later.')).toBeInTheDocument()
    await user.type(fields.name(), 'still-typing')
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('radio', { name: /NVIDIA T4/ })).toBeEnabled()
    expect(fields.name()).toHaveValue('still-typing')
  })
})

describe('create pool validation', FORM_TEST, () => {
  it('flags an empty name on Next and moves focus to it', async () => {
    const { user } = await openCreatePage('infer')
    await user.click(nextButton())
    expect(fields.name()).toHaveAccessibleDescription('Enter a name for the pool.')
    expect(fields.name()).toHaveAttribute('aria-invalid', 'true')
    expect(fields.name()).toHaveFocus()
    expect(
      screen.queryByRole('region', { name: 'Confirm the configuration' }),
    ).not.toBeInTheDocument()
  })

  it.each([
    ['abc', 'The name must be at least 4 characters long.'],
    ['a'.repeat(33), 'The name must be at most 32 characters long.'],
    ['my pool!', 'Use only lowercase letters, digits and hyphens (-).'],
    // The seed console allowed capitals and underscores; the API refuses them.
    ['Team_A-01', 'Use only lowercase letters, digits and hyphens (-).'],
    ['9-lives', 'Start the name with a lowercase letter.'],
  ])('refuses the name "%s" with a message under the field', async (name, message) => {
    const { user } = await openCreatePage('infer')
    await retype(user, fields.name(), name)
    await user.click(nextButton())
    expect(helperOf(fields.name())).toBe(message)
    expect(fields.name()).toHaveFocus()
    expect(fields.name()).toHaveValue(name)
  })

  it('clears the name error as soon as the name becomes valid', async () => {
    const { user } = await openCreatePage('infer')
    await user.type(fields.name(), 'ab')
    await user.click(nextButton())
    expect(helperOf(fields.name())).toMatch(/at least 4/)
    await user.type(fields.name(), 'cd')
    expect(helperOf(fields.name())).toMatch(/^4–32 characters/)
  })

  it('refuses a description longer than 256 characters', async () => {
    const { user } = await openCreatePage('infer')
    await user.type(fields.name(), 'valid-name')
    await retype(user, fields.description(), 'x'.repeat(257))
    await user.click(nextButton())
    expect(helperOf(fields.description())).toMatch(
      /^The description must be at most 256 characters long\./,
    )
    expect(fields.description()).toHaveFocus()
  })

  it('refuses the characters the API forbids in a description, naming them', async () => {
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'valid-name')
    await retype(user, fields.description(), 'GPUs for <team> & "friends"')
    await user.click(nextButton())
    expect(helperOf(fields.description())).toMatch(
      /^Remove < > & "\. The description cannot contain any of ! < > = & " '/,
    )
    expect(fields.description()).toHaveValue('GPUs for <team> & "friends"')
  })

  it.each([
    ['', 'Enter the number of nodes.'],
    ['1.5', 'Enter a whole number of nodes, such as 2.'],
    ['0', 'A pool needs at least 1 node.'],
    ['31', 'At most 30 nodes can be created at once. Add more later with Scale.'],
  ])('refuses "%s" nodes', async (nodes, message) => {
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'valid-name')
    await user.click(fields.flavor(/NVIDIA T4/))
    await retype(user, fields.nodes(), nodes)
    await user.click(nextButton())
    expect(helperOf(fields.nodes())).toBe(message)
    expect(fields.nodes()).toHaveFocus()
  })

  it('bounds the nodes by the node quota left in the project', async () => {
    server.use(
      http.get('/api/modelarts/v1/:project/quotas', () =>
        HttpResponse.json({
          quotas: {
            resources: [
              { type: 'pool', quota: 15, used: 8 },
              { type: 'node', quota: 200, used: 196 },
            ],
          },
        }),
      ),
    )
    const { user } = await openCreatePage('train')
    expect(await screen.findByText(/Node quota: 196 of 200 in use, 4 left\./)).toBeInTheDocument()
    await user.type(fields.name(), 'valid-name')
    await user.click(fields.flavor(/NVIDIA T4/))
    await retype(user, fields.nodes(), '5')
    await user.click(nextButton())
    expect(helperOf(fields.nodes())).toBe('Only 4 more nodes fit in the node quota.')
    await retype(user, fields.nodes(), '4')
    expect(screen.getByRole('button', { name: 'Increase nodes' })).toBeDisabled()
  })

  it('steps the nodes with the − and + buttons and the arrow keys, within 1 to 30', async () => {
    const { user } = await openCreatePage('train')
    const less = screen.getByRole('button', { name: 'Decrease nodes' })
    const more = screen.getByRole('button', { name: 'Increase nodes' })
    expect(less).toBeDisabled()
    await user.click(more)
    await user.click(more)
    expect(fields.nodes()).toHaveValue('3')
    await user.click(less)
    expect(fields.nodes()).toHaveValue('2')
    await retype(user, fields.nodes(), '30')
    expect(more).toBeDisabled()
    expect(fields.nodes()).toHaveAttribute('aria-valuenow', '30')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(fields.nodes()).toHaveValue('28')
  })

  it('requires a specification', async () => {
    const { user } = await openCreatePage('train')
    await user.type(fields.name(), 'valid-name')
    await user.click(nextButton())
    const group = screen.getByRole('radiogroup', { name: 'Specifications' })
    expect(group).toHaveAccessibleDescription('Choose the specifications of the nodes.')
    // Focus lands on the first specification that can be chosen.
    expect(fields.flavor(/NVIDIA T4/)).toHaveFocus()
  })

  it('moves focus to the first invalid field in page order', async () => {
    const { user } = await openCreatePage('infer')
    await user.type(fields.name(), 'valid-name')
    await user.click(fields.customNetwork())
    await retype(user, fields.nodes(), '99')
    await user.click(nextButton())
    expect(fields.vpc()).toHaveFocus()
    expect(helperOf(fields.nodes())).toMatch(/At most 30/)
    expect(
      helperOf(fields.flavor(/NVIDIA T4/).closest('[role=radiogroup]') as HTMLElement),
    ).toMatch(/Choose the specifications/)
  })
})

describe('custom network', FORM_TEST, () => {
  it('requires VPC, subnet and security group only while the switch is on', async () => {
    const { user } = await openCreatePage('infer')
    await user.click(fields.customNetwork())
    await user.click(nextButton())
    expect(fields.name()).toHaveFocus()
    expect(fields.vpc()).toHaveAccessibleDescription('Choose a VPC.')
    expect(fields.subnet()).toHaveAccessibleDescription('Choose a subnet.')
    expect(fields.securityGroup()).toHaveAccessibleDescription('Choose a security group.')
    await user.click(fields.customNetwork())
    expect(screen.queryByRole('combobox', { name: 'VPC' })).not.toBeInTheDocument()
    await user.type(fields.name(), 'isolated-net')
    await user.click(fields.flavor(/NVIDIA T4/))
    await user.click(nextButton())
    expect(
      await screen.findByRole('region', { name: 'Confirm the configuration' }),
    ).toBeInTheDocument()
  })

  it('lists only the subnets and security groups of the chosen VPC and resets them when the VPC changes', async () => {
    const { user } = await openCreatePage('infer')
    await user.click(fields.customNetwork())
    expect(fields.subnet()).toHaveAttribute('aria-disabled', 'true')
    await choose(user, fields.vpc(), /^vpc-prod/)

    await user.click(fields.subnet())
    const subnets = within(await screen.findByRole('listbox', { name: 'Subnet' })).getAllByRole(
      'option',
    )
    expect(subnets.map((o) => o.textContent)).toEqual([
      'subnet-prod-inference192.168.10.0/24',
      'subnet-prod-default192.168.0.0/24',
    ])
    await user.click(subnets[0]!)
    await choose(user, fields.securityGroup(), /^sg-inference/)
    expect(fields.subnet()).toHaveTextContent('subnet-prod-inference')
    expect(fields.securityGroup()).toHaveTextContent('sg-inference')

    await choose(user, fields.vpc(), /^vpc-staging/)
    expect(fields.subnet()).toHaveTextContent('Select a subnet')
    expect(fields.securityGroup()).toHaveTextContent('Select a security group')
    await user.click(fields.securityGroup())
    const groups = within(
      await screen.findByRole('listbox', { name: 'Security Group' }),
    ).getAllByRole('option')
    // Only this VPC's groups and those bound to none, whatever the VPC API answered.
    expect(groups.map((o) => o.textContent)).toEqual([
      'sg-stagingStaging access',
      'sg-monitoringPrometheus scrapes from the ops VPC',
    ])
  })

  it('says when the project has no VPC and links to creating one in the VPC service', async () => {
    server.use(http.get('/api/vpc/v1/:project/vpcs', () => HttpResponse.json({ vpcs: [] })))
    const { user } = await openCreatePage('infer')
    await user.click(fields.customNetwork())
    expect(await screen.findByText(/This project has no VPC yet/)).toBeInTheDocument()
    const link = screen.getByRole('link', { name: /create a VPC in the VPC service/ })
    expect(link).toHaveAttribute('href', expect.stringContaining('console.huaweicloud.com/vpc/'))
    expect(link).toHaveAttribute('target', '_blank')
    expect(fields.vpc()).toHaveAttribute('aria-disabled', 'true')
  })
})

describe('sold-out specifications', FORM_TEST, () => {
  it('offers only the flavors that serve every job type of the pool', async () => {
    await openCreatePage('infer')
    expect(screen.queryByRole('radio', { name: /NVIDIA V100/ })).not.toBeInTheDocument()
    expect(fields.flavor(/NVIDIA P4/)).toBeInTheDocument()
  })

  it('shows a flavor sold out in every AZ as disabled, with Sold out and why', async () => {
    await openCreatePage('train')
    const v100 = fields.flavor(/NVIDIA V100/)
    expect(v100).toBeDisabled()
    expect(v100).toHaveAccessibleDescription(
      /Sold out in every AZ\. It can be bought again once other users release capacity\./,
    )
    expect(screen.getAllByText('Sold out').length).toBeGreaterThan(0)
    expect(screen.queryByRole('radio', { name: /NVIDIA P4/ })).not.toBeInTheDocument()
  })

  it('keeps a flavor sold out in one AZ available to a Development/Training pool, placed elsewhere', async () => {
    await openCreatePage('train')
    const a100 = fields.flavor(/8 × NVIDIA A100/)
    expect(a100).toBeEnabled()
    expect(a100).toHaveAccessibleDescription(
      /Sold out in AZ 1 \(cn-north-4a\); ModelArts places the nodes in AZs with capacity\./,
    )
  })

  it('disables a flavor in the AZ where it is sold out and enables it in the others', async () => {
    const { user } = await openCreatePage('infer')
    const p4 = () => fields.flavor(/NVIDIA P4/)
    expect(p4()).toBeEnabled()
    expect(p4()).toHaveAccessibleDescription(
      /Sold out in AZ 1 \(cn-north-4a\); ModelArts places the nodes in the other AZs/,
    )
    await user.click(fields.az(/AZ 1/))
    expect(p4()).toBeDisabled()
    expect(p4()).toHaveAccessibleDescription(
      /Sold out in AZ 1 \(cn-north-4a\)\. It can be bought again once other users release capacity\./,
    )
    expect(fields.flavor(/NVIDIA T4/)).toBeEnabled()
    await user.click(fields.az(/AZ 2/))
    expect(p4()).toBeEnabled()
    expect(fields.flavor(/16 vCPUs · 64 GiB · Arm/)).toBeDisabled()
  })

  it('flags the chosen flavor on the field when a new AZ sells it out, and blocks Next', async () => {
    const { user } = await openCreatePage('infer')
    await user.type(fields.name(), 'edge-p4')
    await user.click(fields.flavor(/NVIDIA P4/))
    await user.click(fields.az(/AZ 1/))
    const group = screen.getByRole('radiogroup', { name: 'Specifications' })
    expect(group).toHaveAccessibleDescription(
      /NVIDIA P4 .* is sold out in AZ 1 \(cn-north-4a\)\. Choose other specifications, or another AZ\./,
    )
    await user.click(nextButton())
    expect(
      screen.queryByRole('region', { name: 'Confirm the configuration' }),
    ).not.toBeInTheDocument()
    await user.click(fields.az(/AZ 2/))
    expect(group).not.toHaveAccessibleDescription(/sold out/)
    await user.click(nextButton())
    expect(
      await screen.findByRole('region', { name: 'Confirm the configuration' }),
    ).toBeInTheDocument()
  })
})
