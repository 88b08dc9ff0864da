/**
 * Version of the decision rules. Stored on every decision so a verdict can be traced to
 * the logic that produced it; bump it whenever a rule, threshold or copy template changes.
 */
export const LOGIC_VERSION = 'rules_v1.0';
