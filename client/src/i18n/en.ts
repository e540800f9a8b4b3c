import type { AppStrings } from './strings';

export const en: AppStrings = {
  chooseLanguage: 'Choose your language',
  loading: 'Loading…',
  consentTitle: 'Before you start',
  consentCollected:
    'We keep your answers to the questions, the language you chose, your community, how you reached the survey (kiosk, phone or web) and the date.',
  consentNotCollected:
    'We do not ask for your name. We do not keep your name, phone number, IP address or anything that identifies this device.',
  consentUse:
    'Your answers are put together with other people’s answers to help local organizations plan services for newcomers. Nobody can tell which answers are yours.',
  consentVoluntary:
    'Taking part is your choice. You can skip questions that are not required and stop at any time. It does not change any service you receive.',
  consentDevice:
    'Until your answers are sent, they are kept on this device so you do not lose them. They are erased once they are received.',
  consentAccept: 'I agree, start',
  communityLabel: 'Your community',
  changeLanguage: 'Language',
  draftNotice: 'This translation is a draft. Community members are still reviewing it.',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your answers have been received.',
  thanksQueued:
    'Your answers are saved on this device. They will be sent automatically when there is a connection.',
  startOver: 'Start over',
  kioskNextIn: 'The survey restarts for the next person in {n} seconds.',
  idleTitle: 'Are you still there?',
  idleBody: 'To protect your privacy, the survey will restart in {n} seconds.',
  stillHere: 'I’m still here',
  queueWaitingOne: '1 response waiting to be sent',
  queueWaitingMany: '{n} responses waiting to be sent',
  queueAttention: '{n} need attention',
  queueTitle: 'Responses on this device',
  queueSendNow: 'Send now',
  queueEmpty: 'Nothing is waiting. All responses have been sent.',
  queuePending: 'Waiting to be sent',
  queueNeedsAttention: 'Needs attention',
  back: 'Back',
  staff: 'Staff',
  pinTitle: 'Staff only',
  pinLabel: 'Staff PIN',
  pinSubmit: 'Exit kiosk',
  pinWrong: 'That PIN is not right.',
  cancel: 'Cancel',
  kioskExited: 'Kiosk mode ended.',
  restartKiosk: 'Restart kiosk',
  errorNotFound: 'This survey link is not valid. Please check the address.',
  errorClosed: 'This survey is closed. Thank you for your interest.',
  errorOffline:
    'There is no connection, and this survey has not been opened on this device before. Please try again when you are connected.',
  retry: 'Try again',
  posterInvite: 'Have your say: a short, anonymous survey about life and services for newcomers in {community}.',
  posterScan: 'Scan the code with your phone camera, or type the link:',
};
