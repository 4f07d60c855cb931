export const ROLES = ['coordinator', 'volunteer'] as const
export type Role = (typeof ROLES)[number]
