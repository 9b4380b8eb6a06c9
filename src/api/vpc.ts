import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'

/*
 * VPC v1 (OTC-VPC `api-ref/source/vpc_apis_v1_v2/…`: querying_vpcs, querying_subnets,
 * querying_security_groups). Errors come as `{code, message}` (see http.ts). A subnet's `id` is
 * its network ID, the value a ModelArts network's `peerSubnetId` takes.
 */

export const vpcSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  cidr: z.optional(z.string()),
  status: z.optional(z.string()),
})
export type Vpc = z.infer<typeof vpcSchema>

export const subnetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  cidr: z.optional(z.string()),
  gateway_ip: z.optional(z.string()),
  vpc_id: z.string(),
  availability_zone: z.optional(z.string()),
  status: z.optional(z.string()),
})
export type Subnet = z.infer<typeof subnetSchema>

const ruleSchema = z.looseObject({
  direction: z.optional(z.string()),
  ethertype: z.optional(z.string()),
  protocol: z.nullish(z.string()),
  port_range_min: z.nullish(z.number()),
  port_range_max: z.nullish(z.number()),
  remote_ip_prefix: z.nullish(z.string()),
})

export const securityGroupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  vpc_id: z.nullish(z.string()),
  security_group_rules: z.optional(z.array(ruleSchema)),
})
export type SecurityGroup = z.infer<typeof securityGroupSchema>

export const vpcListSchema = z.looseObject({ vpcs: z.array(vpcSchema) })
export const subnetListSchema = z.looseObject({ subnets: z.array(subnetSchema) })
export const securityGroupListSchema = z.looseObject({
  security_groups: z.array(securityGroupSchema),
})

export const listVpcs = (region: Region, signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath(region, 'v1', '/vpcs'),
    schema: vpcListSchema,
    signal,
  }).then((l) => l.vpcs)

export const listSubnets = (region: Region, vpcId: string, signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath(region, 'v1', '/subnets'),
    query: { vpc_id: vpcId },
    schema: subnetListSchema,
    signal,
  }).then((l) => l.subnets.filter((s) => s.vpc_id === vpcId))

/**
 * Security groups usable with a VPC. `vpc_id` is "only used as a prompt" (OTC-VPC
 * querying_security_groups.rst; deprecated in the Chinese reference), so the answer may hold other
 * VPCs' groups: keep those of this VPC and those bound to none.
 */
export const listSecurityGroups = (region: Region, vpcId: string, signal?: AbortSignal) =>
  request({
    service: 'vpc',
    path: projectPath(region, 'v1', '/security-groups'),
    query: { vpc_id: vpcId },
    schema: securityGroupListSchema,
    signal,
  }).then((l) => l.security_groups.filter((g) => !g.vpc_id || g.vpc_id === vpcId))
