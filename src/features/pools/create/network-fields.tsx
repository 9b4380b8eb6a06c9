import { Box, Stack, Typography } from '@mui/material'
import type { UseQueryResult } from '@tanstack/react-query'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Network } from '@/api/networks'
import { FormRow } from '@/components/form/form-row'
import { SwitchElement } from '@/components/form/switch-element'
import type { CreatePoolFormApi } from './create-pool-schema'
import { ModelArtsNetworkField } from './modelarts-network-field'
import { VpcFields } from './vpc-fields'

/**
 * The Network section: Custom Network Configuration (Service Deployment only) with the VPC →
 * Subnet / Security Group cascade, and the ModelArts network the pool runs in.
 */
export function NetworkFields({
  form,
  customizable,
  networks,
  own,
}: {
  form: CreatePoolFormApi
  customizable: boolean
  networks: UseQueryResult<Network[]>
  /** A network an earlier Submit of this form created. */
  own?: string
}) {
  const { t } = useTranslation('create')
  const { control, clearErrors } = form
  const custom = useWatch({ control, name: 'customNetwork' }) && customizable
  return (
    <Stack sx={{ gap: 2 }}>
      {customizable && (
        <FormRow label={t('network.custom')} htmlFor="custom-network">
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
              {custom ? t('network.customOn') : t('network.customOff')}
            </Typography>
          </Box>
        </FormRow>
      )}
      {custom && <VpcFields form={form} />}
      <ModelArtsNetworkField form={form} custom={custom} networks={networks} own={own} />
    </Stack>
  )
}
