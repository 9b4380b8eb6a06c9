import { describe, expect, it } from 'vitest'
import { flavorSchema } from '@/api/flavors'
import { seedFlavors } from '@/test/flavors'
import { describeFlavor, formatCpu, formatGpuType, formatMemory, parseQuantity } from './format'

describe('format', () => {
  it('reads Kubernetes quantities', () => {
    expect(parseQuantity('3920m')).toBeCloseTo(3.92)
    expect(parseQuantity('32Gi')).toBe(32 * 2 ** 30)
    expect(parseQuantity('8')).toBe(8)
    expect(parseQuantity('lots')).toBeNaN()
  })

  it('says CPU and memory in the units people use', () => {
    expect(formatCpu('3920m')).toBe('3.92 vCPUs')
    expect(formatCpu('1')).toBe('1 vCPU')
    expect(formatMemory('6270Mi')).toBe('6.12 GiB')
    expect(formatMemory('512Mi')).toBe('512 MiB')
    expect(formatMemory('weird')).toBe('weird')
  })

  it('describes a flavor in words', () => {
    const byName = (n: string) => seedFlavors().find((f) => f.metadata.name === n)
    expect(describeFlavor(byName('modelarts.vm.gpu.t4u8'))).toBe(
      'GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB',
    )
    expect(describeFlavor(byName('modelarts.vm.cpu.8ud'))).toBe('CPU · 8 vCPUs · 32 GiB')
    expect(describeFlavor(byName('modelarts.vm.arm.kunpeng.16u64'))).toBe(
      'CPU · 16 vCPUs · 64 GiB · Arm',
    )
    expect(describeFlavor(undefined, 'modelarts.vm.unknown')).toBe('modelarts.vm.unknown')
    expect(formatGpuType('ascend-snt9')).toBe('Ascend SNT9')
  })

  it('names an Ascend NPU flavor by its NPUs, sizes sent as strings', () => {
    const npu = flavorSchema.parse({
      metadata: { name: 'modelarts.bm.npu.arm.8snt9b3.d' },
      spec: {
        cpuArch: 'arm64',
        cpu: '192',
        memory: '1536Gi',
        npu: { type: 'ascend-snt9b3', size: '8' },
      },
    })
    expect(describeFlavor(npu)).toBe('NPU · 8 × Ascend SNT9B3 · 192 vCPUs · 1536 GiB · Arm')
  })
})
