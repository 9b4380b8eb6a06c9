import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type FieldErrors, useForm } from 'react-hook-form'
import { useNavigate, useSearchParams } from 'react-router'
import type { PoolType } from '@/api/pools'
import { useNotify } from '@/components/notice'
import { errorText } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { useRegion } from '@/lib/query-client'
import { useStale } from '../queries'
import {
  type CreatePoolFormValues,
  type CreatePoolPlan,
  DEFAULT_VALUES,
  FIELD_ORDER,
} from './create-pool-schema'
import {
  runCreatePool,
  WorkflowError,
  type WorkflowStep,
  workflowSteps,
} from './create-pool-workflow'
import { newNetworkName } from './network-choice'
import { poolOutcomeUnknown, type SubmitOutcome, submitOutcome } from './submit-errors'
import { useCreatePoolCatalog } from './use-create-pool-catalog'
import { useRevalidateOnLanguageChange } from './use-revalidate-on-language'
import { i18n } from '@/i18n'

type FieldName = keyof CreatePoolFormValues
export type Failure = Exclude<SubmitOutcome, { kind: 'field' }>

/**
 * The Create page's controller: the form on the schema of what the project offers
 * (use-create-pool-catalog.ts), the two steps, and Submit — which runs the whole plan once per click and lands
 * every failure where the user can act on it. The view (create-pool-form.tsx) only renders.
 */
export function useCreatePoolWizard(type: PoolType) {
  const navigate = useNavigate()
  const region = useRegion()
  const paths = usePaths()
  const notify = useNotify()
  const stale = useStale()
  const listUrl = paths.pools(type)
  // A network an earlier Submit created: offered (and reused) even before it is connected.
  const [ownNetwork, setOwnNetwork] = useState<string>()
  const { flavors, networks, offered, zones, nodeQuota, schema } = useCreatePoolCatalog(
    type,
    ownNetwork,
  )

  const form = useForm({
    resolver: zodResolver(schema),
    // A fresh proposal for each visit, like the network names ModelArts' own console proposes.
    defaultValues: { ...DEFAULT_VALUES, networkName: newNetworkName() },
    mode: 'onTouched',
    // Fields appear and disappear (the network selects), so registration order is not page
    // order: focus follows FIELD_ORDER instead (see focusFirstError).
    shouldFocusError: false,
  })
  useRevalidateOnLanguageChange(form, FIELD_ORDER)
  const { setError, setFocus, setValue } = form

  const [reviewed, setReviewed] = useState<CreatePoolPlan | null>(null)
  // The step is in the URL (`step=confirm`), so the browser's Back and Forward move between
  // the two steps, keeping everything typed, instead of leaving the page.
  const [search, setSearch] = useSearchParams()
  const step: 'form' | 'review' = search.get('step') === 'confirm' && reviewed ? 'review' : 'form'
  const setStep = (next: 'form' | 'review', replace = false) =>
    setSearch(
      (prev) => {
        const params = new URLSearchParams(prev)
        if (next === 'review') params.set('step', 'confirm')
        else params.delete('step')
        return params
      },
      { replace },
    )
  const [failure, setFailure] = useState<Failure | null>(null)
  const [progress, setProgress] = useState<WorkflowStep | null>(null)
  // Guards against a second run from a double click before the disabled state renders.
  const inFlight = useRef<AbortController | null>(null)
  const createdNetwork = useRef<string | null>(null)
  const poolSent = useRef(false)
  // The last attempt's pool request may have succeeded unheard: the next one looks first.
  const poolMayExist = useRef(false)
  // Leaving the page is not Cancel: Submit goes on, and says how it ended wherever the user is.
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
    },
    [],
  )

  // After a step change, move focus to where the user continues: a field that needs attention,
  // or the top of the new step.
  const focusAfterStep = useRef<FieldName | 'heading' | null>(null)
  const stepStartEl = useRef<HTMLElement | null>(null)
  // A callback ref: the top of a step may mount in a later render than the step change (the
  // URL moves in a router transition), and is focused whenever it arrives.
  const stepStart = useCallback((el: HTMLElement | null) => {
    stepStartEl.current = el
    if (el && focusAfterStep.current === 'heading') {
      focusAfterStep.current = null
      el.focus()
    }
  }, [])
  useEffect(() => {
    const target = focusAfterStep.current
    if (target === 'heading' && !stepStartEl.current) return // stepStart focuses it on arrival
    focusAfterStep.current = null
    if (target === 'heading') stepStartEl.current?.focus()
    else if (target) setFocus(target)
  }, [step, setFocus])

  const focusFirstError = (errors: FieldErrors<CreatePoolFormValues>) => {
    const first = FIELD_ORDER.find((name) => errors[name])
    if (first) setFocus(first)
  }

  const toReview = (plan: CreatePoolPlan) => {
    setReviewed(plan)
    setFailure(null)
    focusAfterStep.current = 'heading'
    setStep('review')
  }

  const onPrevious = () => {
    focusAfterStep.current = 'heading'
    // As the browser's Back would: Forward then returns to the review.
    void navigate(-1)
  }

  const landFailure = (error: unknown) => {
    const outcome = submitOutcome(error, type)
    if (outcome.kind === 'field') {
      // Nothing typed is lost: the form comes back as it was, with the server's words on the field.
      setError(outcome.field, { type: 'server', message: outcome.message })
      if (outcome.field === 'flavor') void stale.flavors()
      if (outcome.field === 'network' || outcome.field === 'networkName') void stale.networks()
      focusAfterStep.current = outcome.field
      setStep('form', true)
      return
    }
    if (outcome.kind === 'quota') void stale.quotas()
    setFailure(outcome)
  }

  const onSubmit = () => {
    if (!reviewed || inFlight.current) return
    const controller = new AbortController()
    inFlight.current = controller
    setFailure(null)
    let plan = reviewed
    poolSent.current = false
    setProgress(workflowSteps(plan)[0] ?? 'pool')
    runCreatePool(region, plan, {
      signal: controller.signal,
      poolMayExist: poolMayExist.current,
      onStep: (at) => {
        poolSent.current = at === 'pool'
        setProgress(at)
      },
      onNetworkCreated: (network) => {
        // A retry must use this network, never make another: the plan switches to it once this
        // run ends (not before, so the steps on screen stay those that were submitted).
        const id = network.metadata.name
        const displayName = plan.network.kind === 'new' ? plan.network.name : id
        plan = { ...plan, network: { kind: 'existing', id, displayName, cidr: network.spec.cidr } }
        createdNetwork.current = displayName
        setOwnNetwork(id)
        setValue('network', id)
        void stale.networks()
      },
    })
      .then(() => {
        void stale.afterChange()
        // Left with Cancel meanwhile: the user was told what was sent and is elsewhere now.
        if (controller.signal.aborted) return
        notify({
          message: i18n.t('create:notices.creating', { name: plan.pool.name }),
          severity: 'success',
        })
        if (mounted.current) void navigate(listUrl)
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        if (!mounted.current) {
          // Nowhere to show the form again: say it where the user is now.
          const cause = errorText(error instanceof WorkflowError ? error.cause : error).message
          notify(
            submitOutcome(error, type).kind === 'unknown'
              ? {
                  severity: 'warning',
                  message: i18n.t('create:notices.unknown', { name: plan.pool.name, cause }),
                }
              : {
                  severity: 'error',
                  message: i18n.t('create:notices.failed', { name: plan.pool.name, cause }),
                },
          )
          return
        }
        inFlight.current = null
        if (error instanceof WorkflowError && error.step === 'pool')
          poolMayExist.current = poolOutcomeUnknown(error)
        setProgress(null)
        setReviewed(plan)
        landFailure(error)
      })
  }

  /**
   * Cancel while Submit runs stops the steps not yet started (a request already sent goes on);
   * the user is told what exists so far.
   */
  const onCancel = () => {
    const running = inFlight.current
    if (!running) return
    running.abort()
    inFlight.current = null
    const name = reviewed?.pool.name ?? ''
    const network = createdNetwork.current
    // Made for a custom network but not connected yet, a network is offered as an isolated one.
    notify({
      severity: 'info',
      message: poolSent.current
        ? i18n.t('create:notices.alreadySent', { name })
        : network
          ? reviewed?.custom
            ? i18n.t('create:notices.stoppedNotConnected', { name, network })
            : i18n.t('create:notices.stoppedNetworkKept', { name, network })
          : i18n.t('create:notices.stopped', { name }),
    })
  }

  return {
    form,
    onCancel,
    type,
    listUrl,
    flavors,
    offered,
    zones,
    nodeQuota,
    networks,
    ownNetwork,
    step,
    stepStart,
    reviewed,
    failure,
    progress,
    submitting: progress !== null,
    toReview,
    focusFirstError,
    onPrevious,
    onSubmit,
  }
}

export type CreatePoolWizard = ReturnType<typeof useCreatePoolWizard>
