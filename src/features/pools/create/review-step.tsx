import { Box, Paper, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Description, DescriptionList } from '@/components/description-list'
import type { Flavor } from '@/api/flavors'
import { LABEL_COLUMN } from '@/components/form/form-row'
import { describeFlavor } from '@/lib/format'
import { ISOLATED_NETWORK_TEXT, POOL_TYPE_LABELS } from '../pool-model'
import { securityGroupsQuery, subnetsQuery, vpcsQuery } from '../queries'
import type { CreatePoolPlan } from './create-pool-schema'
import type { WorkflowStep } from './create-pool-workflow'
import { azLabel } from './flavor-availability'
import { admitsNetwork } from './network-choice'
import { SubmitProgress } from './submit-progress'

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Description label={label} preWrap>
    {children}
  </Description>
)

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ '& + &': { borderTop: 1, borderColor: 'divider', pt: 2, mt: 2 } }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1.25, fontSize: '0.875rem' }}>
        {title}
      </Typography>
      <DescriptionList
        sx={{
          gridTemplateColumns: { xs: '1fr', sm: `${LABEL_COLUMN}px minmax(0, 1fr)` },
          columnGap: 0,
          rowGap: 1,
        }}
      >
        {children}
      </DescriptionList>
    </Box>
  )
}

const withDetail = (name: string, detail?: string) => (detail ? `${name} (${detail})` : name)

/** The ModelArts network line: the one chosen, or the one Submit creates first. */
function NetworkItem({ plan }: { plan: CreatePoolPlan }) {
  const { network, custom } = plan
  return (
    <Item label="ModelArts Network">
      {network.kind === 'existing'
        ? `${withDetail(network.displayName, network.cidr || undefined)}, ${!custom ? 'isolated' : network.connected ? 'connected to this VPC and subnet' : 'connected to this VPC and subnet before the pool is created'}`
        : `A new network, ${network.name} (${network.cidr}), is created first${custom ? ' and connected to this VPC and subnet' : ''}; then the pool is created on it.`}
    </Item>
  )
}

function CustomNetworkItems({ plan }: { plan: CreatePoolPlan }) {
  const custom = plan.custom!
  const vpcs = useQuery(vpcsQuery())
  const subnets = useQuery(subnetsQuery(custom.vpc))
  const groups = useQuery(securityGroupsQuery(custom.vpc))
  const vpc = vpcs.data?.find((v) => v.id === custom.vpc)
  const subnet = subnets.data?.find((s) => s.id === custom.subnet)
  const group = groups.data?.find((g) => g.id === custom.securityGroup)
  const cidr = plan.network.cidr
  const admits = group && cidr ? admitsNetwork(group, cidr) : undefined
  return (
    <>
      <Item label="Network">Custom network</Item>
      <Item label="VPC">{vpc ? withDetail(vpc.name, vpc.cidr) : custom.vpc}</Item>
      <Item label="Subnet">{subnet ? withDetail(subnet.name, subnet.cidr) : custom.subnet}</Item>
      <Item label="Security Group">
        {group?.name ?? custom.securityGroup}
        <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
          {admits?.length
            ? `It lets the pool's network (${cidr}) in on ${admits.join(', ')}.`
            : admits
              ? `It has no inbound rule for the pool's network (${cidr}): add one, or services on the pool cannot reach what it guards.`
              : `Let it admit the pool's network (${cidr}), so services on the pool can reach what it guards.`}{' '}
          Not sent: ModelArts networks take no security group.
        </Box>
      </Item>
    </>
  )
}

/** Every value of the pool to be created, in words, before anything is sent. */
export function ReviewStep({
  plan,
  flavors,
  zones,
  headingRef,
  progress,
}: {
  plan: CreatePoolPlan
  flavors: readonly Flavor[] | undefined
  zones: readonly string[]
  headingRef: React.Ref<HTMLElement>
  progress: WorkflowStep | null
}) {
  const input = plan.pool
  const flavor = flavors?.find((f) => f.metadata.name === input.flavor)
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="review-heading"
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography
        id="review-heading"
        variant="h2"
        ref={headingRef}
        tabIndex={-1}
        sx={{ outline: 'none', mb: 0.5 }}
      >
        Confirm the configuration
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        The pool is created exactly as listed. Use Previous to change anything.
      </Typography>
      <Section title="Basic Settings">
        <Item label="Resource Type">{POOL_TYPE_LABELS[input.type]}</Item>
        <Item label="Name">{input.name}</Item>
        <Item label="Description">{input.description || 'None'}</Item>
      </Section>
      <Section title="Network">
        {plan.custom ? (
          <CustomNetworkItems plan={plan} />
        ) : (
          <Item label="Network">{ISOLATED_NETWORK_TEXT}</Item>
        )}
        <NetworkItem plan={plan} />
        <Item label="AZ">
          {input.az
            ? azLabel(zones, input.az)
            : 'Random (ModelArts places the nodes in AZs with capacity)'}
        </Item>
      </Section>
      <Section title="Resources">
        <Item label="Specifications">
          {flavor ? `${describeFlavor(flavor)} (${input.flavor})` : input.flavor}
        </Item>
        <Item label="Nodes">{input.count === 1 ? '1 node' : `${input.count} nodes`}</Item>
      </Section>
      <SubmitProgress plan={plan} progress={progress} />
    </Paper>
  )
}
