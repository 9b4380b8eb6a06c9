import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { Alert, Box, Button, Link, Stack, Typography } from '@mui/material'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import {
  type UseFormClearErrors,
  type UseFormSetValue,
  useFormState,
  useWatch,
} from 'react-hook-form'
import { isIsolated, type Network } from '@/api/networks'
import { FormRow } from '@/components/form/form-row'
import { SelectElement } from '@/components/form/select-element'
import { SwitchElement } from '@/components/form/switch-element'
import { TextFieldElement } from '@/components/form/text-field-element'
import { errorText } from '@/components/state-views'
import { env } from '@/lib/env'
import { securityGroupsQuery, subnetsQuery, vpcsQuery } from '../queries'
import type { CreatePoolControl, CreatePoolFormValues } from './create-pool-schema'
import { NEW_NETWORK, networkCandidates, networkLabel, proposeNetworkCidr } from './network-choice'

/** The VPC console's create page, in the region the console talks to when that is known. */
function createVpcUrl() {
  const region = /^modelarts\.([a-z0-9-]+)\./.exec(env.endpointHost)?.[1]
  return `https://console.huaweicloud.com/vpc/${region ? `?region=${region}` : ''}#/vpc/vpcs/createVpc`
}

type FormControlProps = {
  control: CreatePoolControl
  setValue: UseFormSetValue<CreatePoolFormValues>
  clearErrors: UseFormClearErrors<CreatePoolFormValues>
}

function LoadError({
  what,
  error,
  onRetry,
}: {
  what: string
  error: unknown
  onRetry: () => void
}) {
  const { message, code } = errorText(error)
  return (
    <Alert
      severity="error"
      variant="outlined"
      sx={{ mt: 1, py: 0 }}
      action={
        <Button color="inherit" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      The {what} could not be loaded: {message}
      {code ? ` (${code})` : ''}
    </Alert>
  )
}

function NetworkSelects({ control, setValue }: Omit<FormControlProps, 'clearErrors'>) {
  const vpc = useWatch({ control, name: 'vpc' })
  const vpcs = useQuery(vpcsQuery())
  const subnets = useQuery(subnetsQuery(vpc))
  const groups = useQuery(securityGroupsQuery(vpc))

  if (vpcs.isSuccess && vpcs.data.length === 0) {
    return (
      <FormRow label="VPC" required labelId="vpc-label">
        <Alert
          severity="warning"
          variant="outlined"
          action={
            <Button color="inherit" onClick={() => void vpcs.refetch()} disabled={vpcs.isFetching}>
              Refresh
            </Button>
          }
        >
          This project has no VPC yet. To run the pool on your own network,{' '}
          <Link href={createVpcUrl()} target="_blank" rel="noopener noreferrer">
            create a VPC in the VPC service
            <OpenInNewIcon
              sx={{ fontSize: 14, ml: 0.25, verticalAlign: 'text-bottom' }}
              aria-hidden
            />
          </Link>{' '}
          and refresh this list, or turn off Custom Network Configuration to run the pool on an
          isolated ModelArts network.
        </Alert>
        <SelectElement
          control={control}
          name="vpc"
          id="vpc"
          labelId="vpc-label"
          options={[]}
          placeholder="No VPC available"
          disabled
          sx={{ maxWidth: 420, mt: 1 }}
        />
      </FormRow>
    )
  }

  const noVpcYet = !vpc
  return (
    <>
      <FormRow label="VPC" required labelId="vpc-label">
        <SelectElement
          control={control}
          name="vpc"
          id="vpc"
          labelId="vpc-label"
          placeholder={vpcs.isPending ? 'Loading VPCs…' : 'Select a VPC'}
          options={(vpcs.data ?? []).map((v) => ({ value: v.id, label: v.name, detail: v.cidr }))}
          onValueChange={() => {
            // A subnet or security group belongs to one VPC: a new VPC starts both afresh.
            setValue('subnet', '')
            setValue('securityGroup', '')
          }}
          sx={{ maxWidth: 420 }}
        />
        {vpcs.isError && (
          <LoadError what="VPCs" error={vpcs.error} onRetry={() => void vpcs.refetch()} />
        )}
      </FormRow>
      <FormRow label="Subnet" required labelId="subnet-label">
        <SelectElement
          control={control}
          name="subnet"
          id="subnet"
          labelId="subnet-label"
          placeholder={
            noVpcYet
              ? 'Select a VPC first'
              : subnets.isPending
                ? 'Loading subnets…'
                : 'Select a subnet'
          }
          options={(subnets.data ?? []).map((s) => ({
            value: s.id,
            label: s.name,
            detail: s.cidr,
          }))}
          helperText={
            subnets.isSuccess && subnets.data.length === 0
              ? 'This VPC has no subnet. Create one in the VPC service.'
              : undefined
          }
          disabled={noVpcYet}
          sx={{ maxWidth: 420 }}
        />
        {subnets.isError && (
          <LoadError what="subnets" error={subnets.error} onRetry={() => void subnets.refetch()} />
        )}
      </FormRow>
      <FormRow label="Security Group" required labelId="security-group-label">
        <SelectElement
          control={control}
          name="securityGroup"
          id="security-group"
          labelId="security-group-label"
          placeholder={
            noVpcYet
              ? 'Select a VPC first'
              : groups.isPending
                ? 'Loading security groups…'
                : 'Select a security group'
          }
          options={(groups.data ?? []).map((g) => ({
            value: g.id,
            label: g.name,
            detail: g.description ?? undefined,
          }))}
          helperText="The group of the resources in this VPC the pool's services call. ModelArts networks take no security group, so it is not sent: Confirm shows whether it admits the pool's network."
          disabled={noVpcYet}
          sx={{ maxWidth: 420 }}
        />
        {groups.isError && (
          <LoadError
            what="security groups"
            error={groups.error}
            onRetry={() => void groups.refetch()}
          />
        )}
      </FormRow>
    </>
  )
}

/**
 * The ModelArts network the pool runs in: an existing one that fits (isolated, or connected to the
 * chosen VPC and subnet), or a new one with its name and CIDR.
 */
function ModelArtsNetwork({
  control,
  setValue,
  custom,
  networks,
  own,
}: Omit<FormControlProps, 'clearErrors'> & {
  custom: boolean
  networks: UseQueryResult<Network[]>
  own: string | undefined
}) {
  const [choice, vpc, subnet] = useWatch({ control, name: ['network', 'vpc', 'subnet'] })
  const { dirtyFields } = useFormState({ control, name: 'networkCidr' })
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
  // Propose a CIDR clear of the VPC and the other networks, until the user types their own.
  useEffect(() => {
    if (!dirtyFields.networkCidr) setValue('networkCidr', proposal)
  }, [proposal, dirtyFields.networkCidr, setValue])

  const options = [
    ...candidates.map((n) => ({
      value: n.metadata.name,
      label: networkLabel(n),
      detail: !isIsolated(n)
        ? 'Connected to this VPC and subnet'
        : custom
          ? 'Created for this pool; connected to this VPC and subnet before the pool is created'
          : 'Isolated: connected to no VPC',
    })),
    {
      value: NEW_NETWORK,
      label: 'Create a new network',
      detail: custom
        ? 'Connected to this VPC and subnet before the pool is created'
        : 'An isolated network, created before the pool',
    },
  ]
  return (
    <>
      <FormRow label="ModelArts Network" required labelId="network-label">
        <SelectElement
          control={control}
          name="network"
          id="network"
          labelId="network-label"
          placeholder={
            waiting
              ? 'Select a VPC and subnet first'
              : networks.isPending
                ? 'Loading networks…'
                : 'Select a network'
          }
          options={waiting ? [] : options}
          disabled={waiting}
          helperText={
            custom
              ? 'The network the nodes run in, connected to your VPC and subnet so services on the pool reach your resources.'
              : 'The network the nodes run in. An isolated network is connected to no VPC.'
          }
          sx={{ maxWidth: 420 }}
        />
        {networks.isError && (
          <LoadError
            what="ModelArts networks"
            error={networks.error}
            onRetry={() => void networks.refetch()}
          />
        )}
      </FormRow>
      {choice === NEW_NETWORK && !waiting && (
        <>
          <FormRow label="Network Name" htmlFor="network-name" required>
            <TextFieldElement
              control={control}
              name="networkName"
              id="network-name"
              required
              autoComplete="off"
              helperText="4–32 characters: lowercase letters, digits and hyphens (-), starting with a letter."
              sx={{ maxWidth: 420 }}
            />
          </FormRow>
          <FormRow label="Network CIDR" htmlFor="network-cidr" required>
            <TextFieldElement
              control={control}
              name="networkCidr"
              id="network-cidr"
              required
              autoComplete="off"
              helperText={`Within 172.16.0.0/12 or 192.168.0.0/16, prefix /24 at most; it cannot be changed later${vpcCidr ? ` and must not overlap the VPC (${vpcCidr})` : ''}.`}
              sx={{ maxWidth: 420 }}
            />
          </FormRow>
        </>
      )}
    </>
  )
}

/**
 * The Network section: Custom Network Configuration (Service Deployment only) with the VPC →
 * Subnet / Security Group cascade, and the ModelArts network the pool runs in.
 */
export function NetworkFields({
  control,
  setValue,
  clearErrors,
  customizable,
  networks,
  own,
}: FormControlProps & {
  customizable: boolean
  networks: UseQueryResult<Network[]>
  /** A network an earlier Submit of this form created. */
  own?: string
}) {
  const custom = useWatch({ control, name: 'customNetwork' }) && customizable
  return (
    <Stack sx={{ gap: 2 }}>
      {customizable && (
        <FormRow label="Custom Network Configuration" htmlFor="custom-network">
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <SwitchElement
              control={control}
              name="customNetwork"
              id="custom-network"
              size="small"
              sx={{ mt: '6px' }}
              describedBy="custom-network-help"
              onValueChange={(on) => {
                if (!on) clearErrors(['vpc', 'subnet', 'securityGroup'])
              }}
            />
            <Typography
              id="custom-network-help"
              variant="body2"
              sx={{ color: 'text.secondary', pt: '9px' }}
            >
              {custom
                ? 'The pool runs on a ModelArts network connected to your VPC and can reach other cloud resources on it.'
                : 'Off: the pool runs on an isolated ModelArts network, connected to no VPC.'}
            </Typography>
          </Box>
        </FormRow>
      )}
      {custom && <NetworkSelects control={control} setValue={setValue} />}
      <ModelArtsNetwork
        control={control}
        setValue={setValue}
        custom={custom}
        networks={networks}
        own={own}
      />
    </Stack>
  )
}
