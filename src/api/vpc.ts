import { z } from 'zod'
import { projectPath, request } from './http'

export const vpcSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  cidr: z.string().optional(),
  status: z.string().optional(),
})
export type Vpc = z.infer<typeof vpcSchema>

export const subnetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  cidr: z.string().optional(),
  gateway_ip: z.string().optional(),
  vpc_id: z.string(),
  availability_zone: z.string().optional(),
  status: z.string().optional(),
})
export type Subnet = z.infer<typeof subnetSchema>

export const securityGroupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  vpc_id: z.string().optional(),
})
export type SecurityGroup = z.infer<typeof securityGroupSchema>

export const vpcListSchema = z.looseObject({ vpcs: z.array(vpcSchema) })
export const subnetListSchema = z.looseObject({ subnets: z.array(subnetSchema) })
export const securityGroupListSchema = z.looseObject({
  security_groups: z.array(securityGroupSchema),
})

export const listVpcs = (signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath('v1', '/vpcs'),
    schema: vpcListSchema,
    signal,
  }).then((l) => l.vpcs)

export const listSubnets = (vpcId: string, signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath('v1', '/subnets'),
    query: { vpc_id: vpcId },
    schema: subnetListSchema,
    signal,
  }).then((l) => l.subnets)

export const listSecurityGroups = (vpcId: string, signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath('v1', '/security-groups'),
    query: { vpc_id: vpcId },
    schema: securityGroupListSchema,
    signal,
  }).then((l) => l.security_groups)
