/**
 * One-line pointers for questions the agent never answers itself. They name where a
 * reliable answer lives and never give the advice, a guarantee, or an invented fact.
 */
const NOTES: Record<string, string> = {
  visa: "I can't advise on visas or entry rules: the official immigration or e-visa site of each country you visit, or its embassy, has the current requirements.",
  health: "I can't give health advice: a travel clinic or your doctor can tell you about vaccines, malaria prevention and whether the trip suits your health.",
  legal: "I can't give legal advice: please ask a qualified adviser.",
  safety_guarantee: "I can't guarantee safety anywhere: your government's travel advice pages carry the current situation, and good operators brief you on the ground.",
  price_guarantee: "I can't guarantee prices: figures here are indicative floors, and only a confirmed quote from a lodge or operator is binding.",
  booking_admin: "I can't change or cancel bookings: the company you booked with can help with that.",
  non_travel: 'I can only help you decide on a trip.',
  abuse: "Let's keep this respectful: I'm here to help you decide on a trip.",
  instructions: "I decide from your trip details only and can't change how I work or share my instructions.",
};

/** The pointer for an out-of-scope topic (a generic one for topics without their own). */
export function scopeNote(topic: string): string {
  return NOTES[topic] ?? NOTES.non_travel!;
}
