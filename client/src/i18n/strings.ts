/** The app's own words (the questionnaire brings its own). `{n}` and `{community}` are filled in. */
export type AppStrings = {
  chooseLanguage: string;
  loading: string;
  consentTitle: string;
  consentCollected: string;
  consentNotCollected: string;
  consentUse: string;
  consentVoluntary: string;
  consentDevice: string;
  consentAccept: string;
  communityLabel: string;
  changeLanguage: string;
  draftNotice: string;
  thanksTitle: string;
  thanksBody: string;
  thanksQueued: string;
  startOver: string;
  kioskNextIn: string;
  idleTitle: string;
  idleBody: string;
  stillHere: string;
  queueWaitingOne: string;
  queueWaitingMany: string;
  queueAttention: string;
  queueTitle: string;
  queueSendNow: string;
  queueEmpty: string;
  queuePending: string;
  queueNeedsAttention: string;
  back: string;
  staff: string;
  pinTitle: string;
  pinLabel: string;
  pinSubmit: string;
  pinWrong: string;
  cancel: string;
  kioskExited: string;
  restartKiosk: string;
  errorNotFound: string;
  errorClosed: string;
  errorOffline: string;
  retry: string;
  posterInvite: string;
  posterScan: string;
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
