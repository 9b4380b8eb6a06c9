import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { Alert, Button, Link } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useWatch } from 'react-hook-form'
import { FormRow } from '@/components/form/form-row'
import { SelectElement } from '@/components/form/select-element'
import { LoadError } from '@/components/load-error'
import { useRegion } from '@/lib/query-client'
import { securityGroupsQuery, subnetsQuery, vpcsQuery } from '../queries'
import type { CreatePoolFormApi } from './create-pool-schema'

/** The VPC console's create page, in the region the console talks to. */
const createVpcUrl = (region: string) =>
  `https://console.huaweicloud.com/vpc/?region=${encodeURIComponent(region)}#/vpc/vpcs/createVpc`

/** Custom Network Configuration's cascade: VPC, then its subnets and security groups. */
export function VpcFields({ form }: { form: CreatePoolFormApi }) {
  const { control, setValue } = form
  const region = useRegion()
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
          <Link href={createVpcUrl(region)} target="_blank" rel="noopener noreferrer">
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
          helperText="The group guarding the resources in this VPC that services on the pool call. It is not sent with the pool (ModelArts networks take no security group): Confirm shows what it lets in from the pool's network."
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
