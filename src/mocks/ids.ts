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

export const nodeIp = (seq: number) => `192.168.${1 + ((seq >> 8) % 250)}.${2 + (seq % 250)}`
