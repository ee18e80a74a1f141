export async function seedCaseSystemLarge(): Promise<void> {}
