import { Alert, Box, Stack, Typography } from '@mui/material'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { POOL_LIMITS } from '@/api/pool-rules'
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

/** The pool as it is now: status, specifications, nodes and the node quota. */
export function ScaleFacts({ pool, scale }: { pool: Pool; scale: ScalePool }) {
  const { quotas, current, entryKeys, multi, entryText, nodeQuota, totalCurrent, counts } = scale
  return (
    <DescriptionList
      sx={{
        mt: 1,
        p: 1.5,
        bgcolor: '#f8f9fb',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        gridTemplateColumns: { xs: '1fr 1fr', sm: 'auto minmax(0, 2fr) auto auto' },
        gap: 2,
      }}
    >
      <Fact label="Status">
        <PoolStatusChip pool={pool} />
      </Fact>
      <Fact label="Specifications">
        {entryKeys.map((f) => (
          <Box key={f} component="span" sx={{ display: 'block' }}>
            {entryText(f)}
            {multi && ` (${nodesText(current[f] ?? 0)})`}
          </Box>
        ))}
      </Fact>
      <Fact label="Current nodes">
        {totalCurrent}
        {(counts.abnormal > 0 || counts.creating > 0 || counts.deleting > 0) && (
          <Typography component="span" variant="caption">
            {' '}
            (
            {[
              `${counts.available} available`,
              counts.abnormal && `${counts.abnormal} abnormal`,
              counts.creating && `${counts.creating} creating`,
              counts.deleting && `${counts.deleting} deleting`,
            ]
              .filter(Boolean)
              .join(', ')}
            )
          </Typography>
        )}
      </Fact>
      <Fact label="Node quota">
        {nodeQuota
          ? `${nodeQuota.used} of ${nodeQuota.quota} in use`
          : quotas.isError
            ? 'Unknown'
            : quotas.isSuccess
              ? // The service may report no node quota at all: none is made up.
                'None reported'
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
              label={multi ? `Nodes (${entryText(f)})` : 'Nodes'}
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
          ? `This pool already holds ${POOL_LIMITS.poolNodesMax} nodes or more, the most a pool may hold: nodes can only be removed.`
          : `Limits: up to ${POOL_LIMITS.addMax} nodes added at once · at most ${POOL_LIMITS.poolNodesMax} nodes per pool${quotaLeft !== undefined ? ` · ${quotaLeft} more in the node quota` : ''} · at least 1 node remains.`}
      </Typography>
    </Box>
  )
}

/** The Node List, where switching a node off marks it for removal; searchable when long. */
export function ScaleNodeList({ scale }: { scale: ScalePool }) {
  const { name, nodes, pending, multi, draft, nodeText, nodeEntry, sorted, abnormal, onToggle } =
    scale
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

  return (
    <Box component="section" aria-labelledby={listHeadingId}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap', minHeight: 36 }}
      >
        <Typography variant="h3" component="h3" id={listHeadingId}>
          Node List
        </Typography>
        {nodes.data && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {nodesText(nodes.data.length)}
            {draft.removed.size > 0 && ` · ${draft.removed.size} switched off`}
          </Typography>
        )}
        <Box sx={{ flex: 1 }} />
        {(nodes.data?.length ?? 0) > SEARCH_ABOVE && (
          <NodeSearchField value={search} onChange={setSearch} />
        )}
      </Stack>
      {abnormal > 0 && (
        <Alert severity="warning" variant="outlined" sx={{ mb: 1 }}>
          {nodesText(abnormal)} {abnormal === 1 ? 'is' : 'are'} abnormal. Abnormal nodes are listed
          first; remove them to restore the pool.
        </Alert>
      )}
      {nodes.isPending ? (
        <SkeletonLines lines={4} label="Loading nodes" />
      ) : nodes.isError ? (
        <ErrorState
          title="The nodes could not be loaded"
          error={nodes.error}
          onRetry={() => void nodes.refetch()}
          retrying={nodes.isFetching}
        />
      ) : shown.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 2 }}>
          {needle ? `No node matches “${search.trim()}”.` : 'This pool has no nodes yet.'}
        </Typography>
      ) : (
        <ScaleNodeTable
          nodes={shown}
          removed={draft.removed}
          disabled={pending}
          flavorText={multi ? nodeText : undefined}
          // A node the console cannot place in an entry cannot be counted against one.
          fixed={(n) => !nodeEntry.has(n.metadata.name)}
          onToggle={onToggle}
          label={`Nodes of ${name}`}
        />
      )}
    </Box>
  )
}
