import { parseCidr } from '@/api/network-rules'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A stable pseudo-random suffix for a sequence number (FNV-1a + xorshift), like `zlncn`. */
export function suffix(seq: number, length = 5): string {
  let h = 0x811c9dc5 ^ seq
  let out = ''
  for (let i = 0; i < length; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39)
    h ^= h >>> 15
    out += ALPHABET[(h >>> 0) % (i === 0 ? 26 : ALPHABET.length)]
  }
  return out
}

export const nodeName = (seq: number) => `os-node-created-${suffix(seq)}`

/**
 * A node's private IP inside the block its pool's network (or Lite subnet) has, so what the
 * console shows matches the network it names; past the first addresses a gateway takes.
 */
export function nodeIp(seq: number, cidr = '192.168.0.0/16'): string {
  const block = parseCidr(cidr)
  if (!block) return `192.168.${1 + ((seq >> 8) % 250)}.${2 + (seq % 250)}`
  const hosts = Math.max(1, 2 ** (32 - block.prefix) - 16)
  const ip = (block.base + 10 + (seq % hosts)) >>> 0
  return [24, 16, 8, 0].map((shift) => (ip >>> shift) & 255).join('.')
}

const HEX = '0123456789abcdef'

/** A stable UUID-shaped ID for a sequence number, like the service's `modelarts-job-<uuid>`. */
export function uuidOf(seq: number): string {
  let h = 0x9e3779b9 ^ seq
  let out = ''
  for (let i = 0; i < 32; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
    h ^= h >>> 13
    out += HEX[(h >>> 0) % 16]
  }
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`
}
