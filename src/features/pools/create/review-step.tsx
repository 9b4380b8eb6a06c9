import { Box, Paper, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Description, DescriptionList } from '@/components/description-list'
import type { Flavor } from '@/api/flavors'
import { LABEL_COLUMN } from '@/components/form/form-row'
import { i18n } from '@/i18n'
import { describeFlavor } from '@/lib/format'
import { isolatedNetworkText, POOL_TYPE_LABELS } from '../pool-model'
import { securityGroupsQuery, subnetsQuery, vpcsQuery } from '../network-queries'
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

const withDetail = (name: string, detail?: string) =>
  detail ? i18n.t('create:review.withDetail', { name, detail }) : name

/** The ModelArts network line: the one chosen, or the one Submit creates first. */
function NetworkItem({ plan }: { plan: CreatePoolPlan }) {
  const { t } = useTranslation('create')
  const { network, custom } = plan
  const state = !custom
    ? 'isolated'
    : network.kind === 'existing' && network.connected
      ? 'connected'
      : 'toConnect'
  return (
    <Item label={t('network.network')}>
      {network.kind === 'existing'
        ? t(`review.existingNetwork.${state}`, {
            network: withDetail(network.displayName, network.cidr || undefined),
          })
        : t(custom ? 'review.newNetworkConnected' : 'review.newNetwork', {
            name: network.name,
            cidr: network.cidr,
          })}
    </Item>
  )
}

function CustomNetworkItems({ plan }: { plan: CreatePoolPlan }) {
  const { t } = useTranslation('create')
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
      <Item label={t('sections.network')}>{t('review.customNetwork')}</Item>
      <Item label={t('vpc.vpc')}>{vpc ? withDetail(vpc.name, vpc.cidr) : custom.vpc}</Item>
      <Item label={t('vpc.subnet')}>
        {subnet ? withDetail(subnet.name, subnet.cidr) : custom.subnet}
      </Item>
      <Item label={t('vpc.securityGroup')}>
        {group?.name ?? custom.securityGroup}
        <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
          {admits?.length
            ? t('review.groupAdmits', { cidr, rules: admits.join(t('flavor.listSeparator')) })
            : admits
              ? t('review.groupNoRule', { cidr })
              : t('review.groupUnknown', { cidr })}
          {t('review.groupNotSent')}
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
  const { t } = useTranslation('create')
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
        {t('review.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        {t('review.intro')}
      </Typography>
      <Section title={t('sections.basic')}>
        <Item label={t('fields.resourceType')}>{POOL_TYPE_LABELS[input.type]}</Item>
        <Item label={t('fields.name')}>{input.name}</Item>
        <Item label={t('fields.description')}>{input.description || t('review.none')}</Item>
      </Section>
      <Section title={t('sections.network')}>
        {plan.custom ? (
          <CustomNetworkItems plan={plan} />
        ) : (
          <Item label={t('sections.network')}>{isolatedNetworkText()}</Item>
        )}
        <NetworkItem plan={plan} />
        <Item label={t('fields.az')}>
          {input.az ? azLabel(zones, input.az) : t('review.azRandom')}
        </Item>
      </Section>
      <Section title={t('sections.resources')}>
        <Item label={t('fields.flavor')}>
          {flavor ? withDetail(describeFlavor(flavor), input.flavor) : input.flavor}
        </Item>
        <Item label={t('fields.nodes')}>{t('review.nodes', { count: input.count })}</Item>
      </Section>
      <SubmitProgress plan={plan} progress={progress} />
    </Paper>
  )
}
