import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Description, DescriptionList } from '@/components/description-list'
import { networkDisplayName, peersOf } from '@/api/networks'
import type { Pool } from '@/api/pools'
import { formatDateTime } from '@/lib/format'
import {
  ISOLATED_NETWORK_TEXT,
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
import { flavorsQuery, networksQuery, subnetsQuery, vpcsQuery } from '../queries'

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
  return (
    <>
      Lite pool on VPC {names.vpc(vpcId)} · Subnet {names.subnet(subnetId)}
    </>
  )
}

function ModelArtsNetworkText({ name }: { name: string }) {
  const networks = useQuery(networksQuery())
  const network = networks.data?.find((n) => n.metadata.name === name)
  const peers = network ? peersOf(network) : []
  const names = useVpcNames(peers[0]?.peerVpcId)
  if (!network) return <>{networks.isPending ? name : `ModelArts network ${name}`}</>
  return (
    <>
      {networkDisplayName(network)} ({network.spec.cidr})
      <Typography variant="caption" component="span" sx={{ display: 'block' }}>
        {peers.length
          ? `Connected to ${peers.map((p) => `VPC ${names.vpc(p.peerVpcId)} / subnet ${names.subnet(p.peerSubnetId)}`).join(', ')}`
          : ISOLATED_NETWORK_TEXT}
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
  const flavors = useQuery(flavorsQuery())
  const counts = nodeCounts(pool)
  const breakdown = [
    counts.creating && `${counts.creating} creating`,
    counts.abnormal && `${counts.abnormal} abnormal`,
    counts.deleting && `${counts.deleting} deleting`,
  ].filter(Boolean)
  return (
    <DescriptionList
      sx={{
        gridTemplateColumns: { xs: '140px 1fr', lg: '140px 1fr 140px 1fr' },
        columnGap: 2,
        rowGap: 1.25,
      }}
    >
      <Description label="Name">{poolName(pool)}</Description>
      <Description label="ID">{poolId(pool)}</Description>
      <Description label="Resource Type">
        {isLitePool(pool)
          ? 'Lite pool (runs on your CCE cluster; read-only here)'
          : poolTypes(pool)
              .map((t) => POOL_TYPE_LABELS[t])
              .join(', ') || pool.spec.scope.join(', ')}
      </Description>
      <Description label="Status">
        <PoolStatusChip pool={pool} />
      </Description>
      <Description label="Specifications">{poolFlavorText(pool, flavors.data)}</Description>
      <Description label="Nodes">
        {counts.available} available of {counts.total}
        {breakdown.length > 0 && ` (${breakdown.join(', ')})`}
      </Description>
      <Description label="Network">
        <NetworkText pool={pool} />
      </Description>
      <Description label="AZ">{poolAzText(pool)}</Description>
      <Description label="Created">{formatDateTime(pool.metadata.creationTimestamp)}</Description>
      <Description label="Description">{poolDescription(pool) || '—'}</Description>
    </DescriptionList>
  )
}
