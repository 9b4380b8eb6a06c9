import type { Credentials, RegionTarget } from './live-settings.ts'
import type { ProjectDirectory } from './projects.ts'
import { callUpstream, type Upstream } from './upstream.ts'

/**
 * What `npm start` says in live mode once it listens: one line per region, naming what it
 * connected to, or exactly what is wrong and what to do. One signed call per region (two when
 * the project is looked up first), so a bad key never gets near the gateway's lockout.
 */

export interface CheckLine {
  ok: boolean
  text: string
}

/** The gateway accepts a signature for 15 minutes around its own clock. */
const SKEW_LIMIT_MS = 15 * 60_000

function errorFields(text: string): { code: string; message: string } {
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    const code = body.error_code ?? body.code
    const message = body.error_msg ?? body.message
    return {
      code: typeof code === 'string' ? code : '',
      message: typeof message === 'string' ? message : '',
    }
  } catch {
    return { code: '', message: text.slice(0, 200) }
  }
}

const sdkTime = (s: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN
}

/**
 * How far our clock is ahead of the gateway's, in ms (negative: behind); 0 when unknown. The
 * refusal names the gateway's time ("server time:20230527T020608Z"); otherwise its `Date` header.
 */
export function clockSkew(upstream: Upstream, now: number): number {
  if (upstream.kind !== 'answer') return 0
  const named = /server time:\s*(\d{8}T\d{6}Z)/.exec(upstream.text)?.[1]
  const date = upstream.headers.date
  const at = named ? sdkTime(named) : date ? Date.parse(date) : NaN
  return Number.isNaN(at) ? 0 : now - at
}

const minutes = (ms: number) => `${Math.round(Math.abs(ms) / 60_000)} minutes`

/** What went wrong in one answer, and what to do, in words for the terminal. */
export function diagnose(
  upstream: Upstream,
  credentials: Credentials,
  host: string,
  now = Date.now(),
): string {
  if (upstream.kind !== 'answer') {
    if (upstream.kind === 'no-answer')
      return `${host} took the request but sent no answer (${upstream.reason}): try again; if it persists, check the endpoint.`
    // IAM is in every region: no IAM host means no such region.
    const why = host.startsWith('iam.')
      ? 'the region name is wrong'
      : 'the region name is wrong, or ModelArts is not offered there'
    if (/CERT|SELF_SIGNED|ISSUER/.test(upstream.reason))
      return `the TLS certificate of ${host} was not trusted (${upstream.reason}). Behind a proxy that re-signs TLS, point NODE_EXTRA_CA_CERTS at its CA file and restart.`
    return upstream.reason === 'ENOTFOUND'
      ? `${host} does not exist (DNS: ENOTFOUND): ${why}. Check the region, or set MODELARTS_ENDPOINT.`
      : `could not reach ${host} (${upstream.reason}): check the network, a proxy or firewall, and the endpoint.`
  }
  const { code, message } = errorFields(upstream.text)
  const said = `${upstream.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`
  const skew = clockSkew(upstream, now)
  if (
    credentials.kind === 'aksk' &&
    (Math.abs(skew) > SKEW_LIMIT_MS || /signature expired|x-sdk-date/i.test(message)) &&
    !/security.?token/i.test(message)
  ) {
    const off =
      Math.abs(skew) > 60_000
        ? `This machine's clock is ${minutes(skew)} ${skew > 0 ? 'ahead of' : 'behind'} the gateway's, and signatures are good for 15 minutes`
        : 'Signatures are good for 15 minutes around the gateway’s clock'
    return `the gateway refused the signature as out of date (${said}). ${off}: set the clock right (e.g. timedatectl set-ntp true) and restart.`
  }
  if (upstream.status === 401) {
    if (credentials.kind === 'token')
      return `the IAM token was refused (${said}). Tokens expire after 24 hours: set a fresh MODELARTS_TOKEN, or use access keys (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK), and restart.`
    if (/ak not exist|secret ?key/i.test(message))
      return `HUAWEICLOUD_SDK_AK is not a known access key (${said}). Check it under My Credentials → Access Keys, and restart.`
    if (/security.?token/i.test(message) || credentials.securityToken)
      return `the temporary credentials were refused (${said}). Temporary keys expire: get a new AK, SK and HUAWEICLOUD_SDK_SECURITY_TOKEN together, and restart.`
    return `the signature was refused (${said}): HUAWEICLOUD_SDK_SK does not belong to HUAWEICLOUD_SDK_AK. Check both for a typo or a stray space, and restart (five refusals in a row lock the key for 5 minutes).`
  }
  if (upstream.status === 403)
    return `the credentials work but may not use this (${said}). Give the IAM user ModelArts and VPC permissions in this region's project.`
  return `${host} answered ${said}.`
}

export async function checkAtStartup({
  regions,
  credentials,
  directory,
}: {
  regions: RegionTarget[]
  credentials: Credentials
  directory: ProjectDirectory
}): Promise<CheckLine[]> {
  const lines: CheckLine[] = []
  // One region at a time: once the key is refused, the others are not tried with it (five
  // refusals in a row lock it for five minutes).
  let refusedIn: string | undefined
  for (const region of regions) {
    if (refusedIn) {
      lines.push({
        ok: false,
        text: `✗ ${region.id}: not checked: the credentials were refused in ${refusedIn} (see above).`,
      })
      continue
    }
    const line = await checkRegion(region, credentials, directory)
    if (line.refused) refusedIn = region.id
    lines.push({ ok: line.ok, text: line.text })
  }
  return lines
}

async function checkRegion(
  region: RegionTarget,
  credentials: Credentials,
  directory: ProjectDirectory,
): Promise<CheckLine & { refused?: boolean }> {
  const how = credentials.kind === 'aksk' ? 'signed with access keys' : 'with an IAM token'
  const lookup = await directory.projectOf(region)
  if (!lookup.ok) {
    const text =
      lookup.body.error_code === 'Console.NoSuchProject'
        ? `IAM (${region.iam.host}) knows no project named ${region.id}: check the region name in MODELARTS_REGIONS or HUAWEICLOUD_SDK_REGION (names look like cn-north-4).`
        : `asking IAM for the project: ${diagnose(lookup.upstream, credentials, region.iam.host)}`
    return { ok: false, refused: lookup.status === 401, text: `✗ ${region.id}: ${text}` }
  }
  const url = new URL(region.modelarts.href)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/v1/${lookup.projectId}/quotas`
  const answer = await callUpstream({
    method: 'GET',
    url,
    credentials,
    headers: { 'X-Project-Id': lookup.projectId },
    timeoutMs: 15_000,
  })
  if (answer.kind === 'answer' && answer.status === 200) {
    const from = region.projectId ? 'as configured' : 'found through IAM'
    return {
      ok: true,
      text: `✓ ${region.id}: ModelArts at ${region.modelarts.host}, project ${lookup.projectId} (${from}), ${how}`,
    }
  }
  return {
    ok: false,
    refused: answer.kind === 'answer' && answer.status === 401,
    text: `✗ ${region.id}: ${diagnose(answer, credentials, region.modelarts.host)}`,
  }
}
