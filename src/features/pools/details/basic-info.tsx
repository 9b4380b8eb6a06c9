import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Description, DescriptionList } from '@/components/description-list'
import { networkDisplayName, peersOf } from '@/api/networks'
import type { Pool } from '@/api/pools'
import { formatDateTime } from '@/lib/format'
import {
  isolatedNetworkText,
  isLitePool,
  nodeCounts,
  POOL_TYPE_LABELS,
  poolAzText,
  poolDescription,
  poolFlavorText,
  poolId,
  poolName,
  poolTypes,
} from '../pool-model'
import { PoolStatusChip } from '../pool-status-chip'
import { flavorsQuery } from '../queries'
import { networksQuery, subnetsQuery, vpcsQuery } from '../network-queries'

/** Names of the project's VPCs and subnets, for showing IDs the API gives in words. */
function useVpcNames(vpc: string | undefined) {
  const vpcs = useQuery({ ...vpcsQuery(), enabled: Boolean(vpc) })
  const subnets = useQuery(subnetsQuery(vpc ?? ''))
  return {
    vpc: (id: string) => vpcs.data?.find((v) => v.id === id)?.name ?? id,
    subnet: (id: string) => subnets.data?.find((s) => s.id === id)?.name ?? id,
  }
}

function LiteNetworkText({ pool }: { pool: Pool }) {
  const { vpcId = '', subnetId = '' } = pool.spec.network ?? {}
  const names = useVpcNames(vpcId)
  const { t } = useTranslation('details')
  return (
    <>{t('basicInfo.liteNetwork', { vpc: names.vpc(vpcId), subnet: names.subnet(subnetId) })}</>
  )
}

function ModelArtsNetworkText({ name }: { name: string }) {
  const networks = useQuery(networksQuery())
  const network = networks.data?.find((n) => n.metadata.name === name)
  const peers = network ? peersOf(network) : []
  const names = useVpcNames(peers[0]?.peerVpcId)
  const { t } = useTranslation('details')
  if (!network) return <>{networks.isPending ? name : t('basicInfo.modelartsNetwork', { name })}</>
  const connected = peers
    .map((p) =>
      t('basicInfo.peer', { vpc: names.vpc(p.peerVpcId), subnet: names.subnet(p.peerSubnetId) }),
    )
    .join(t('basicInfo.peerSeparator'))
  return (
    <>
      {t('basicInfo.networkCidr', { name: networkDisplayName(network), cidr: network.spec.cidr })}
      <Typography variant="caption" component="span" sx={{ display: 'block' }}>
        {peers.length ? t('basicInfo.connectedTo', { peers: connected }) : isolatedNetworkText()}
      </Typography>
    </>
  )
}

function NetworkText({ pool }: { pool: Pool }) {
  if (isLitePool(pool)) return <LiteNetworkText pool={pool} />
  const name = pool.spec.network?.name
  return name ? <ModelArtsNetworkText name={name} /> : <>—</>
}

/** The pool's facts in words: type, status, flavor, nodes, network, AZ, dates. */
export function BasicInfo({ pool }: { pool: Pool }) {
  const { t } = useTranslation('details')
  const flavors = useQuery(flavorsQuery())
  const counts = nodeCounts(pool)
  const breakdown = (['creating', 'abnormal', 'deleting'] as const)
    .filter((state) => counts[state])
    .map((state) => t(`basicInfo.${state}`, { count: counts[state] }))
  const nodes = { available: counts.available, total: counts.total }
  return (
    <DescriptionList
      sx={{
        gridTemplateColumns: { xs: '140px 1fr', lg: '140px 1fr 140px 1fr' },
        columnGap: 2,
        rowGap: 1.25,
      }}
    >
      <Description label={t('basicInfo.name')}>{poolName(pool)}</Description>
      <Description label={t('basicInfo.id')}>{poolId(pool)}</Description>
      <Description label={t('basicInfo.resourceType')}>
        {isLitePool(pool)
          ? t('basicInfo.liteType')
          : poolTypes(pool)
              .map((type) => POOL_TYPE_LABELS[type])
              .join(t('basicInfo.typeSeparator')) ||
            // The API's own scope values, shown as it wrote them.
            pool.spec.scope.join(', ')}
      </Description>
      <Description label={t('basicInfo.status')}>
        <PoolStatusChip pool={pool} />
      </Description>
      <Description label={t('basicInfo.specifications')}>
        {poolFlavorText(pool, flavors.data)}
      </Description>
      <Description label={t('basicInfo.nodes')}>
        {breakdown.length > 0
          ? t('basicInfo.nodeCountBreakdown', {
              ...nodes,
              breakdown: breakdown.join(t('basicInfo.breakdownSeparator')),
            })
          : t('basicInfo.nodeCount', nodes)}
      </Description>
      <Description label={t('basicInfo.network')}>
        <NetworkText pool={pool} />
      </Description>
      <Description label={t('basicInfo.az')}>{poolAzText(pool)}</Description>
      <Description label={t('basicInfo.created')}>
        {formatDateTime(pool.metadata.creationTimestamp)}
      </Description>
      <Description label={t('basicInfo.description')}>{poolDescription(pool) || '—'}</Description>
    </DescriptionList>
  )
}
