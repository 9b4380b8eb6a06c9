import { expect, type Page, test } from '@playwright/test'
import { axe } from './axe'

/** The Create page's controls, by role and accessible label. */
const form = (page: Page) => ({
  name: page.getByRole('textbox', { name: 'Name', exact: true }),
  description: page.getByRole('textbox', { name: 'Description', exact: true }),
  nodes: page.getByRole('spinbutton', { name: 'Nodes', exact: true }),
  customNetwork: page.getByRole('switch', { name: 'Custom Network Configuration' }),
  vpc: page.getByRole('combobox', { name: 'VPC', exact: true }),
  subnet: page.getByRole('combobox', { name: 'Subnet', exact: true }),
  securityGroup: page.getByRole('combobox', { name: 'Security Group', exact: true }),
  network: page.getByRole('combobox', { name: 'ModelArts Network', exact: true }),
  networkName: page.getByRole('textbox', { name: 'Network Name', exact: true }),
  networkCidr: page.getByRole('textbox', { name: 'Network CIDR', exact: true }),
  az: (label: string) =>
    page.getByRole('radiogroup', { name: 'AZ' }).getByRole('radio', { name: label }),
  flavor: (label: RegExp) =>
    page.getByRole('radiogroup', { name: 'Specifications' }).getByRole('radio', { name: label }),
  next: page.getByRole('button', { name: 'Next' }),
  submit: page.getByRole('button', { name: 'Submit', exact: true }),
  review: page.getByRole('region', { name: 'Confirm the configuration' }),
})

/** Checks the review step lists exactly these values, in this order. */
async function expectReview(page: Page, values: Record<string, string>) {
  const review = form(page).review
  await expect(review.getByRole('term')).toHaveText(Object.keys(values))
  await expect(review.getByRole('definition')).toHaveText(Object.values(values))
}

/** The value the review step shows for one label. */
async function reviewValue(page: Page, label: string) {
  const review = form(page).review
  // The review step renders after Next: wait for the label before reading the list at once.
  await expect(review.getByRole('term').filter({ hasText: label })).toHaveCount(1)
  const terms = await review.getByRole('term').allTextContents()
  expect(terms).toContain(label)
  return review.getByRole('definition').nth(terms.indexOf(label))
}

const poolRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

async function choose(page: Page, combobox: ReturnType<Page['getByRole']>, option: RegExp) {
  await combobox.click()
  await page.getByRole('listbox').getByRole('option', { name: option }).click()
}

test('ML engineer creates a Development/Training GPU pool on the isolated network and watches it become Running', async ({
  page,
}) => {
  // Waits for simulated time to pass, on top of two accessibility scans.
  test.slow()
  // Demo time at its normal pace: the pool stays Creating for about 8 s, long enough to be seen.
  await page.goto('/pools/create?type=train')
  const f = form(page)
  await expect(
    page.getByRole('heading', { name: 'Create Dedicated Resource Pool', level: 1 }),
  ).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Resource Type' })).toHaveValue(
    'Dedicated for Development/Training',
  )
  await expect(f.flavor(/NVIDIA T4/)).toBeEnabled()
  await expect(f.flavor(/NVIDIA V100/)).toBeDisabled()
  await axe(page)

  await f.name.fill('gpu-train-e2e')
  await f.description.fill('Fine-tuning runs for the e2e suite')
  await f.flavor(/NVIDIA T4/).check()
  await page.getByRole('button', { name: 'Increase nodes' }).click()
  await expect(f.nodes).toHaveValue('2')
  await f.next.click()

  await expectReview(page, {
    'Resource Type': 'Dedicated for Development/Training',
    Name: 'gpu-train-e2e',
    Description: 'Fine-tuning runs for the e2e suite',
    Network: 'Isolated ModelArts network',
    'ModelArts Network': 'network-7a03 (192.168.128.0/17), isolated',
    AZ: 'Random (ModelArts places the nodes in AZs with capacity)',
    Specifications: 'GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB (modelarts.vm.gpu.t4u8)',
    Nodes: '2 nodes',
  })
  await axe(page)
  await f.submit.click()

  await expect(page).toHaveURL(/\/pools\?type=train/)
  await expect(
    page.getByText(
      'Pool gpu-train-e2e is being created. It can be used once its status is Running.',
    ),
  ).toBeVisible()
  const row = poolRow(page, 'gpu-train-e2e')
  await expect(row).toContainText('Creating')
  await expect(row).toContainText('Running', { timeout: 30_000 })
  await row.getByRole('link', { name: 'gpu-train-e2e', exact: true }).click()
  await expect(
    page.getByRole('definition').filter({ hasText: 'network-7a03 (192.168.128.0/17)' }),
  ).toContainText('Isolated ModelArts network')
})

test('ML engineer creates a Service Deployment pool on the network connected to vpc-prod, in AZ 2, and it becomes Running', async ({
  page,
}) => {
  test.slow()
  await page.goto('/pools/create?type=infer&demo-speed=8')
  const f = form(page)
  await expect(page.getByRole('textbox', { name: 'Resource Type' })).toHaveValue(
    'Dedicated for Service Deployment',
  )
  await f.name.fill('edge-serving-e2e')
  await f.customNetwork.check()
  await choose(page, f.vpc, /^vpc-prod/)
  await choose(page, f.subnet, /^subnet-prod-inference/)
  await choose(page, f.securityGroup, /^sg-inference/)

  // The P4 flavor is sold out in AZ 1 only: it can be had once AZ 2 is chosen.
  await f.az('AZ 1 (cn-north-4a)').check()
  await expect(f.flavor(/NVIDIA P4/)).toBeDisabled()
  await f.az('AZ 2 (cn-north-4b)').check()
  await expect(f.flavor(/NVIDIA P4/)).toBeEnabled()
  await f.flavor(/NVIDIA P4/).check()
  await axe(page)
  await f.next.click()

  await expectReview(page, {
    'Resource Type': 'Dedicated for Service Deployment',
    Name: 'edge-serving-e2e',
    Description: 'None',
    Network: 'Custom network',
    VPC: 'vpc-prod (192.168.0.0/16)',
    Subnet: 'subnet-prod-inference (192.168.10.0/24)',
    'Security Group':
      "sg-inferenceIt lets the pool's network (172.20.0.0/16) in on TCP 8080. Not sent: ModelArts networks take no security group.",
    'ModelArts Network': 'network-prod (172.20.0.0/16), connected to this VPC and subnet',
    AZ: 'AZ 2 (cn-north-4b)',
    Specifications: 'GPU · 1 × NVIDIA P4 · 8 vCPUs · 32 GiB (modelarts.vm.gpu.p4u8)',
    Nodes: '1 node',
  })
  await axe(page)
  await f.submit.click()

  await expect(page).toHaveURL(/\/pools\?type=infer/)
  await expect(poolRow(page, 'edge-serving-e2e')).toContainText('Running', { timeout: 30_000 })
  await poolRow(page, 'edge-serving-e2e')
    .getByRole('link', { name: 'edge-serving-e2e', exact: true })
    .click()
  await expect(
    page.getByRole('definition').filter({ hasText: 'network-prod (172.20.0.0/16)' }),
  ).toContainText('Connected to VPC vpc-prod / subnet subnet-prod-inference')
})

test('ML engineer creates a Service Deployment pool on a new network connected to vpc-staging, and it becomes Running', async ({
  page,
}) => {
  test.slow()
  await page.goto('/pools/create?type=infer&demo-speed=8')
  const f = form(page)
  await f.name.fill('staging-serving-e2e')
  await f.customNetwork.check()
  await choose(page, f.vpc, /^vpc-staging/)
  await choose(page, f.subnet, /^subnet-staging/)
  await choose(page, f.securityGroup, /^sg-staging/)
  // Nothing is connected to vpc-staging yet: a new network is proposed, clear of its CIDR.
  await expect(f.network).toHaveText('Create a new network')
  await f.networkName.fill('network-stage')
  await expect(f.networkCidr).toHaveValue('172.24.0.0/16')
  await f.flavor(/CPU · 8 vCPUs/).check()
  await axe(page)
  await f.next.click()

  await expect(await reviewValue(page, 'ModelArts Network')).toHaveText(
    'A new network, network-stage (172.24.0.0/16), is created first and connected to this VPC and subnet; then the pool is created on it.',
  )
  await expect(page.getByRole('list', { name: 'Submit will' }).getByRole('listitem')).toHaveText([
    /Create the ModelArts network network-stage and wait until it is Active/,
    /Connect network-stage to the VPC and subnet/,
    /Create the pool staging-serving-e2e/,
  ])
  await axe(page)
  await f.submit.click()
  await expect(page.getByRole('status').filter({ hasText: /^Step 1 of 3/ })).toBeVisible()

  await expect(page).toHaveURL(/\/pools\?type=infer/, { timeout: 30_000 })
  const row = poolRow(page, 'staging-serving-e2e')
  await expect(row).toContainText('Running', { timeout: 30_000 })
  await row.getByRole('link', { name: 'staging-serving-e2e', exact: true }).click()
  await expect(
    page.getByRole('definition').filter({ hasText: 'network-stage (172.24.0.0/16)' }),
  ).toContainText('Connected to VPC vpc-staging / subnet subnet-staging')
})

test('a CIDR outside the allowed ranges and a name the API refuses stay on their fields', async ({
  page,
}) => {
  await page.goto('/pools/create?type=infer')
  const f = form(page)
  await f.customNetwork.check()
  await choose(page, f.vpc, /^vpc-staging/)
  await choose(page, f.subnet, /^subnet-staging/)
  await choose(page, f.securityGroup, /^sg-staging/)
  await f.networkCidr.fill('10.0.0.0/16')
  await f.flavor(/CPU · 8 vCPUs/).check()
  // Capitals and underscores: the seed console took them, the API does not.
  await f.name.fill('Staging_Serving')
  await f.next.click()

  await expect(f.name).toBeFocused()
  await expect(f.name).toHaveAccessibleDescription(
    'Use only lowercase letters, digits and hyphens (-).',
  )
  await expect(f.networkCidr).toHaveAccessibleDescription(
    /^Use a block within 172\.16\.0\.0\/12 \(prefix \/12 to \/24\) or 192\.168\.0\.0\/16/,
  )
  await expect(f.networkCidr).toHaveValue('10.0.0.0/16')
  await expect(f.review).toBeHidden()
  await axe(page)
})

test('invalid input and a duplicate name are refused, and nothing typed is lost', async ({
  page,
}) => {
  await page.goto('/pools/create?type=train&demo-speed=8')
  const f = form(page)
  await f.name.fill('ab')
  await f.description.fill('Team <A> & friends')
  await f.nodes.fill('31')
  await f.next.click()

  await expect(f.name).toBeFocused()
  await expect(f.name).toHaveAccessibleDescription('The name must be at least 4 characters long.')
  await expect(f.description).toHaveAccessibleDescription(/^Remove < > &\./)
  await expect(f.nodes).toHaveAccessibleDescription(
    'At most 30 nodes can be created at once. Add more later with Scale.',
  )
  await expect(
    page.getByRole('radiogroup', { name: 'Specifications' }),
  ).toHaveAccessibleDescription('Choose the specifications of the nodes.')
  await expect(f.review).toBeHidden()
  await expect(f.description).toHaveValue('Team <A> & friends')
  await axe(page)

  // "llm-finetune" already exists in the project: only the server knows, and says so on Submit.
  await f.name.fill('llm-finetune')
  await f.description.fill('Team A and friends')
  await f.nodes.fill('2')
  await f.flavor(/CPU · 8 vCPUs/).check()
  await f.next.click()
  await f.submit.click()

  await expect(f.name).toBeFocused()
  await expect(f.name).toHaveAccessibleDescription(
    'A resource pool named llm-finetune already exists. Choose another name.',
  )
  await expect(f.name).toHaveValue('llm-finetune')
  await expect(f.description).toHaveValue('Team A and friends')
  await expect(f.nodes).toHaveValue('2')
  await expect(f.flavor(/CPU · 8 vCPUs/)).toBeChecked()
  await expect(page).toHaveURL(/\/pools\/create\?type=train/)
})
