import { Alert, Box, Stack, Typography } from '@mui/material'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { POOL_LIMITS } from '@/api/pool-rules'
import type { PoolNode } from '@/api/nodes'
import type { Pool } from '@/api/pools'
import { NodeSearchField } from '@/components/node-search-field'
import { DescriptionList } from '@/components/description-list'
import { ErrorState, SkeletonLines } from '@/components/state-views'
import { PoolStatusChip } from '../pool-status-chip'
import { Fact, TargetField } from './scale-fields'
import { nodesText } from './scale-model'
import { ScaleNodeTable } from './scale-node-table'
import type { ScalePool } from './use-scale-pool'

/*
 * The three parts of the Scale dialog, each a view of the one controller (use-scale-pool.ts).
 */

/** A search box only helps once the list is longer than a screen. */
const SEARCH_ABOVE = 12
const NO_NODES: readonly PoolNode[] = []

/** The pool as it is now: status, specifications, nodes and the node quota. */
export function ScaleFacts({ pool, scale }: { pool: Pool; scale: ScalePool }) {
  const { t } = useTranslation('actions')
  const { quotas, current, entryKeys, multi, entryText, nodeQuota, totalCurrent, counts } = scale
  return (
    <DescriptionList
      sx={{
        mt: 1,
        p: 1.5,
        bgcolor: 'action.hover',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        gridTemplateColumns: { xs: '1fr 1fr', sm: 'auto minmax(0, 2fr) auto auto' },
        gap: 2,
      }}
    >
      <Fact label={t('scale.facts.status')}>
        <PoolStatusChip pool={pool} />
      </Fact>
      <Fact label={t('scale.facts.specifications')}>
        {entryKeys.map((f) => (
          <Box key={f} component="span" sx={{ display: 'block' }}>
            {entryText(f)}
            {multi && t('scale.facts.entryNodes', { nodes: nodesText(current[f] ?? 0) })}
          </Box>
        ))}
      </Fact>
      <Fact label={t('scale.facts.currentNodes')}>
        {totalCurrent}
        {(counts.abnormal > 0 || counts.creating > 0 || counts.deleting > 0) && (
          <Typography component="span" variant="caption">
            {' '}
            {t('scale.facts.breakdown', {
              list: [
                t('scale.facts.available', { count: counts.available }),
                counts.abnormal && t('scale.facts.abnormal', { count: counts.abnormal }),
                counts.creating && t('scale.facts.creating', { count: counts.creating }),
                counts.deleting && t('scale.facts.deleting', { count: counts.deleting }),
              ]
                .filter(Boolean)
                .join(t('listSeparator')),
            })}
          </Typography>
        )}
      </Fact>
      <Fact label={t('scale.facts.nodeQuota')}>
        {nodeQuota
          ? t('scale.facts.quotaUsed', { used: nodeQuota.used, quota: nodeQuota.quota })
          : quotas.isError
            ? t('scale.facts.quotaUnknown')
            : quotas.isSuccess
              ? // The service may report no node quota at all: none is made up.
                t('scale.facts.quotaNone')
              : '…'}
      </Fact>
    </DescriptionList>
  )
}

/** A target per entry, with the limits it must keep. */
export function ScaleTargets({ scale }: { scale: ScalePool }) {
  const {
    pending,
    current,
    entryKeys,
    multi,
    draft,
    setDraft,
    entryText,
    quotaLeft,
    check,
    totalCurrent,
  } = scale
  const { t } = useTranslation('actions')
  return (
    <Box>
      <Stack
        direction={{ xs: 'column', sm: multi ? 'column' : 'row' }}
        sx={{ gap: multi ? 1.5 : 3 }}
      >
        {entryKeys.map((f) => {
          const have = current[f] ?? 0
          return (
            <TargetField
              key={f}
              label={
                multi
                  ? t('scale.targets.entryNodes', { entry: entryText(f) })
                  : t('scale.targets.nodes')
              }
              stepLabel={
                multi
                  ? t('scale.targets.entryStep', { entry: entryText(f) })
                  : t('scale.targets.step')
              }
              wide={multi}
              value={draft.targets[f] ?? ''}
              message={check.messages[f]}
              min={multi ? 0 : 1}
              max={Math.min(
                have + POOL_LIMITS.addMax,
                POOL_LIMITS.poolNodesMax - (totalCurrent - have),
                have + (quotaLeft ?? POOL_LIMITS.addMax),
              )}
              disabled={pending}
              onChange={(value) =>
                setDraft((d) => ({ ...d, targets: { ...d.targets, [f]: value } }))
              }
            />
          )
        })}
      </Stack>
      <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
        {totalCurrent >= POOL_LIMITS.poolNodesMax
          ? t('scale.targets.full', { max: POOL_LIMITS.poolNodesMax })
          : t('scale.targets.limits', {
              addMax: POOL_LIMITS.addMax,
              poolMax: POOL_LIMITS.poolNodesMax,
              quota:
                quotaLeft !== undefined ? t('scale.targets.quotaLeft', { count: quotaLeft }) : '',
            })}
      </Typography>
    </Box>
  )
}

/** The Node List, where switching a node off marks it for removal; searchable when long. */
export function ScaleNodeList({ scale }: { scale: ScalePool }) {
  const { name, nodes, pending, multi, draft, nodeText, nodeEntry, sorted, abnormal, onToggle } =
    scale
  const { t } = useTranslation('actions')
  const [search, setSearch] = useState('')
  const listHeadingId = useId()
  const needle = useDeferredValue(search.trim().toLowerCase())
  const shown = useMemo(
    () =>
      needle
        ? sorted.filter(
            (n) =>
              n.metadata.name.toLowerCase().includes(needle) ||
              (n.status.privateIp ?? '').includes(needle),
          )
        : sorted,
    [sorted, needle],
  )
  // The nodes arrive in a synchronous store update (TanStack Query's), or are already cached when
  // the dialog mounts: either way their table renders in a deferred pass React can interrupt, so
  // opening a pool of hundreds of nodes is never one long task. Until it lands, the skeleton stays.
  const list = useDeferredValue(shown, NO_NODES)
  const catchingUp = list.length === 0 && shown.length > 0

  return (
    <Box component="section" aria-labelledby={listHeadingId}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap', minHeight: 36 }}
      >
        <Typography variant="h3" component="h3" id={listHeadingId}>
          {t('scale.list.heading')}
        </Typography>
        {nodes.data && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {nodesText(nodes.data.length)}
            {draft.removed.size > 0 && t('scale.list.switchedOff', { count: draft.removed.size })}
          </Typography>
        )}
        <Box sx={{ flex: 1 }} />
        {(nodes.data?.length ?? 0) > SEARCH_ABOVE && (
          <NodeSearchField value={search} onChange={setSearch} />
        )}
      </Stack>
      {abnormal > 0 && (
        <Alert severity="warning" variant="outlined" sx={{ mb: 1 }}>
          {t('scale.list.abnormal', { count: abnormal })}
        </Alert>
      )}
      {nodes.isPending || catchingUp ? (
        <SkeletonLines lines={4} label={t('scale.list.loading')} />
      ) : nodes.isError ? (
        <ErrorState
          title={t('scale.list.loadFailed')}
          error={nodes.error}
          onRetry={() => void nodes.refetch()}
          retrying={nodes.isFetching}
        />
      ) : list.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 2 }}>
          {needle ? t('scale.list.noMatch', { search: search.trim() }) : t('scale.list.empty')}
        </Typography>
      ) : (
        <ScaleNodeTable
          nodes={list}
          removed={draft.removed}
          disabled={pending}
          flavorText={multi ? nodeText : undefined}
          // A node the console cannot place in an entry cannot be counted against one.
          fixed={(n) => !nodeEntry.has(n.metadata.name)}
          onToggle={onToggle}
          label={t('scale.list.label', { name })}
        />
      )}
    </Box>
  )
}
