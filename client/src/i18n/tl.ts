import type { AppStrings } from './strings';

/** Draft translation awaiting community review. */
export const tl: AppStrings = {
  chooseLanguage: 'Piliin ang iyong wika',
  loading: 'Naglo-load…',
  consentTitle: 'Bago ka magsimula',
  consentCollected:
    'Itinatago namin ang iyong mga sagot, ang wikang pinili mo, ang iyong komunidad, kung paano mo naabot ang survey (kiosk, telepono o web) at ang petsa.',
  consentNotCollected:
    'Hindi namin hinihingi ang iyong pangalan. Hindi namin itinatago ang iyong pangalan, numero ng telepono, IP address o anumang nagpapakilala sa device na ito.',
  consentUse:
    'Pinagsasama ang iyong mga sagot sa mga sagot ng ibang tao upang matulungan ang mga lokal na organisasyon na magplano ng mga serbisyo para sa mga bagong dating. Walang makakaalam kung alin ang iyong mga sagot.',
  consentVoluntary:
    'Ikaw ang magpapasya kung sasali ka. Maaari mong laktawan ang mga tanong na hindi kailangan at huminto anumang oras. Hindi nito binabago ang anumang serbisyong natatanggap mo.',
  consentDevice:
    'Hangga’t hindi pa naipapadala, nakatago ang iyong mga sagot sa device na ito para hindi mawala. Binubura ang mga ito kapag natanggap na.',
  consentAccept: 'Sumasang-ayon ako, magsimula',
  communityLabel: 'Ang iyong komunidad',
  changeLanguage: 'Wika',
  draftNotice: 'Draft pa ang salin na ito. Sinusuri pa ito ng mga miyembro ng komunidad.',
  thanksTitle: 'Salamat!',
  thanksBody: 'Natanggap na ang iyong mga sagot.',
  thanksQueued:
    'Nakatago ang iyong mga sagot sa device na ito. Awtomatikong ipapadala ang mga ito kapag may koneksyon na.',
  startOver: 'Magsimula muli',
  kioskNextIn: 'Magsisimula muli ang survey para sa susunod na tao sa loob ng {n} segundo.',
  idleTitle: 'Nandiyan ka pa ba?',
  idleBody: 'Para protektahan ang iyong privacy, magsisimula muli ang survey sa loob ng {n} segundo.',
  stillHere: 'Nandito pa ako',
  queueWaitingOne: '1 sagot ang naghihintay na maipadala',
  queueWaitingMany: '{n} sagot ang naghihintay na maipadala',
  queueAttention: '{n} ang kailangang tingnan',
  queueTitle: 'Mga sagot sa device na ito',
  queueSendNow: 'Ipadala ngayon',
  queueEmpty: 'Walang naghihintay. Naipadala na ang lahat ng sagot.',
  queuePending: 'Naghihintay na maipadala',
  queueNeedsAttention: 'Kailangang tingnan',
  back: 'Bumalik',
  staff: 'Staff',
  pinTitle: 'Para sa staff lamang',
  pinLabel: 'PIN ng staff',
  pinSubmit: 'Lumabas sa kiosk mode',
  pinWrong: 'Mali ang PIN na iyan.',
  cancel: 'Kanselahin',
  kioskExited: 'Natapos na ang kiosk mode.',
  restartKiosk: 'Simulan muli ang kiosk',
  errorNotFound: 'Hindi wasto ang link ng survey na ito. Pakisuri ang address.',
  errorClosed: 'Sarado na ang survey na ito. Salamat sa iyong interes.',
  errorOffline:
    'Walang koneksyon, at hindi pa nabubuksan ang survey na ito sa device na ito. Pakisubukang muli kapag may koneksyon na.',
  retry: 'Subukang muli',
  posterInvite:
    'Ibahagi ang iyong saloobin: isang maikli at anonimong survey tungkol sa buhay at mga serbisyo para sa mga bagong dating sa {community}.',
  posterScan: 'I-scan ang code gamit ang camera ng iyong telepono, o i-type ang link:',
};
