import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { Alert, Button, Link } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import { FormRow } from '@/components/form/form-row'
import { SelectElement } from '@/components/form/select-element'
import { LoadError } from '@/components/load-error'
import { useRegion } from '@/lib/query-client'
import { securityGroupsQuery, subnetsQuery, vpcsQuery } from '../network-queries'
import type { CreatePoolFormApi } from './create-pool-schema'

/** The VPC console's create page, in the region the console talks to. */
const createVpcUrl = (region: string) =>
  `https://console.huaweicloud.com/vpc/?region=${encodeURIComponent(region)}#/vpc/vpcs/createVpc`

/** A link that opens in a new tab, marked so (RichText puts the catalog’s words in as children). */
function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <OpenInNewIcon sx={{ fontSize: 14, ml: 0.25, verticalAlign: 'text-bottom' }} aria-hidden />
    </Link>
  )
}

/** Custom Network Configuration's cascade: VPC, then its subnets and security groups. */
export function VpcFields({ form }: { form: CreatePoolFormApi }) {
  const { t } = useTranslation('create')
  const { control, setValue } = form
  const region = useRegion()
  const vpc = useWatch({ control, name: 'vpc' })
  const vpcs = useQuery(vpcsQuery())
  const subnets = useQuery(subnetsQuery(vpc))
  const groups = useQuery(securityGroupsQuery(vpc))

  if (vpcs.isSuccess && vpcs.data.length === 0) {
    return (
      <FormRow label={t('vpc.vpc')} required labelId="vpc-label">
        <Alert
          severity="warning"
          variant="outlined"
          action={
            <Button color="inherit" onClick={() => void vpcs.refetch()} disabled={vpcs.isFetching}>
              {t('vpc.refresh')}
            </Button>
          }
        >
          <RichText
            translate={(v) => t('vpc.none', v)}
            components={{ vpclink: <ExternalLink href={createVpcUrl(region)} /> }}
          />
        </Alert>
        <SelectElement
          control={control}
          name="vpc"
          id="vpc"
          labelId="vpc-label"
          options={[]}
          placeholder={t('vpc.noneAvailable')}
          disabled
          sx={{ maxWidth: 420, mt: 1 }}
        />
      </FormRow>
    )
  }

  const noVpcYet = !vpc
  return (
    <>
      <FormRow label={t('vpc.vpc')} required labelId="vpc-label">
        <SelectElement
          control={control}
          name="vpc"
          id="vpc"
          labelId="vpc-label"
          placeholder={vpcs.isPending ? t('vpc.loadingVpcs') : t('vpc.selectVpc')}
          options={(vpcs.data ?? []).map((v) => ({ value: v.id, label: v.name, detail: v.cidr }))}
          onValueChange={() => {
            // A subnet or security group belongs to one VPC: a new VPC starts both afresh.
            setValue('subnet', '')
            setValue('securityGroup', '')
          }}
          sx={{ maxWidth: 420 }}
        />
        {vpcs.isError && (
          <LoadError what={t('vpc.vpcs')} error={vpcs.error} onRetry={() => void vpcs.refetch()} />
        )}
      </FormRow>
      <FormRow label={t('vpc.subnet')} required labelId="subnet-label">
        <SelectElement
          control={control}
          name="subnet"
          id="subnet"
          labelId="subnet-label"
          placeholder={
            noVpcYet
              ? t('vpc.selectVpcFirst')
              : subnets.isPending
                ? t('vpc.loadingSubnets')
                : t('vpc.selectSubnet')
          }
          options={(subnets.data ?? []).map((s) => ({
            value: s.id,
            label: s.name,
            detail: s.cidr,
          }))}
          helperText={
            subnets.isSuccess && subnets.data.length === 0 ? t('vpc.noSubnet') : undefined
          }
          disabled={noVpcYet}
          sx={{ maxWidth: 420 }}
        />
        {subnets.isError && (
          <LoadError
            what={t('vpc.subnets')}
            error={subnets.error}
            onRetry={() => void subnets.refetch()}
          />
        )}
      </FormRow>
      <FormRow label={t('vpc.securityGroup')} required labelId="security-group-label">
        <SelectElement
          control={control}
          name="securityGroup"
          id="security-group"
          labelId="security-group-label"
          placeholder={
            noVpcYet
              ? t('vpc.selectVpcFirst')
              : groups.isPending
                ? t('vpc.loadingSecurityGroups')
                : t('vpc.selectSecurityGroup')
          }
          options={(groups.data ?? []).map((g) => ({
            value: g.id,
            label: g.name,
            detail: g.description ?? undefined,
          }))}
          helperText={t('vpc.securityGroupHelp')}
          disabled={noVpcYet}
          sx={{ maxWidth: 420 }}
        />
        {groups.isError && (
          <LoadError
            what={t('vpc.securityGroups')}
            error={groups.error}
            onRetry={() => void groups.refetch()}
          />
        )}
      </FormRow>
    </>
  )
}
