import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isIsolated, type Network } from '@/api/networks'
import { FormRow } from '@/components/form/form-row'
import { SelectElement } from '@/components/form/select-element'
import { TextFieldElement } from '@/components/form/text-field-element'
import { LoadError } from '@/components/load-error'
import { vpcsQuery } from '../network-queries'
import type { CreatePoolFormApi } from './create-pool-schema'
import { NEW_NETWORK, networkCandidates, networkLabel, proposeNetworkCidr } from './network-choice'

/**
 * The ModelArts network the pool runs in: an existing one that fits (isolated, or connected to the
 * chosen VPC and subnet), or a new one with its name and CIDR.
 */
export function ModelArtsNetworkField({
  form,
  custom,
  networks,
  own,
}: {
  form: CreatePoolFormApi
  custom: boolean
  networks: UseQueryResult<Network[]>
  own: string | undefined
}) {
  const { t } = useTranslation('create')
  const { control, setValue } = form
  const [choice, vpc, subnet] = useWatch({ control, name: ['network', 'vpc', 'subnet'] })
  const vpcs = useQuery({ ...vpcsQuery(), enabled: custom })
  const waiting = custom && !(vpc && subnet)
  const candidates = useMemo(
    () =>
      waiting ? [] : networkCandidates(networks.data, custom ? { vpc, subnet } : undefined, own),
    [networks.data, waiting, custom, vpc, subnet, own],
  )
  const vpcCidr = custom ? vpcs.data?.find((v) => v.id === vpc)?.cidr : undefined
  const proposal = proposeNetworkCidr(networks.data, vpcCidr)

  // Follow the choices above: an existing network that fits, or "new" when none does.
  useEffect(() => {
    if (!networks.data || waiting) return
    const fits = choice === NEW_NETWORK || candidates.some((n) => n.metadata.name === choice)
    if (!fits) setValue('network', candidates[0]?.metadata.name ?? NEW_NETWORK)
  }, [networks.data, waiting, candidates, choice, setValue])

  const options = [
    ...candidates.map((n) => ({
      value: n.metadata.name,
      label: networkLabel(n),
      detail: !isIsolated(n)
        ? t('network.connected')
        : custom
          ? t('network.toConnect')
          : t('network.isolated'),
    })),
    {
      value: NEW_NETWORK,
      label: t('network.createNew'),
      detail: custom ? t('network.createNewConnected') : t('network.createNewIsolated'),
    },
  ]
  return (
    <>
      <FormRow label={t('network.network')} required labelId="network-label">
        <SelectElement
          control={control}
          name="network"
          id="network"
          labelId="network-label"
          placeholder={
            waiting
              ? t('network.selectVpcSubnetFirst')
              : networks.isPending
                ? t('network.loading')
                : t('network.select')
          }
          options={waiting ? [] : options}
          disabled={waiting}
          helperText={custom ? t('network.helpCustom') : t('network.help')}
          sx={{ maxWidth: 420 }}
        />
        {networks.isError && (
          <LoadError
            what={t('network.networks')}
            error={networks.error}
            onRetry={() => void networks.refetch()}
          />
        )}
      </FormRow>
      {choice === NEW_NETWORK && !waiting && (
        <NewNetworkFields form={form} proposal={proposal} vpcCidr={vpcCidr} />
      )}
    </>
  )
}

/** Name and CIDR of the network Submit creates. */
function NewNetworkFields({
  form,
  proposal,
  vpcCidr,
}: {
  form: CreatePoolFormApi
  proposal: string
  vpcCidr: string | undefined
}) {
  const { t } = useTranslation('create')
  const { control, resetField, getFieldState, getValues } = form
  // Propose a CIDR clear of the VPC and the other networks until the user types their own: the
  // proposal becomes the field's default, so anything the user typed (an empty field too) is
  // dirty and stays. Here, not in the parent, so the field is registered when it runs.
  useEffect(() => {
    if (getFieldState('networkCidr').isDirty || getValues('networkCidr') === proposal) return
    // A server's refusal on the field stays until the user changes it.
    resetField('networkCidr', { defaultValue: proposal, keepError: true })
  }, [proposal, getFieldState, getValues, resetField])
  return (
    <>
      <FormRow label={t('network.name')} htmlFor="network-name" required>
        <TextFieldElement
          control={control}
          name="networkName"
          id="network-name"
          required
          autoComplete="off"
          helperText={t('network.nameHelp')}
          sx={{ maxWidth: 420 }}
        />
      </FormRow>
      <FormRow label={t('network.cidr')} htmlFor="network-cidr" required>
        <TextFieldElement
          control={control}
          name="networkCidr"
          id="network-cidr"
          required
          autoComplete="off"
          helperText={vpcCidr ? t('network.cidrHelpVpc', { vpcCidr }) : t('network.cidrHelp')}
          sx={{ maxWidth: 420 }}
        />
      </FormRow>
    </>
  )
}
