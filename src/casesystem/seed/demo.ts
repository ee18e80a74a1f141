import type { SeedContext } from '../../platform/module.ts';
export async function seedCaseSystemDemo(_ctx: SeedContext): Promise<boolean> {
  return false;
}
