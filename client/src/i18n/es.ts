import type { AppStrings } from './strings';

/** Draft translation awaiting community review. */
export const es: AppStrings = {
  chooseLanguage: 'Elija su idioma',
  loading: 'Cargando…',
  consentTitle: 'Antes de empezar',
  consentCollected:
    'Guardamos sus respuestas, el idioma que eligió, su comunidad, cómo llegó a la encuesta (quiosco, teléfono o web) y la fecha.',
  consentNotCollected:
    'No pedimos su nombre. No guardamos su nombre, su número de teléfono, su dirección IP ni nada que identifique este dispositivo.',
  consentUse:
    'Sus respuestas se combinan con las de otras personas para ayudar a las organizaciones locales a planificar servicios para personas recién llegadas. Nadie puede saber qué respuestas son suyas.',
  consentVoluntary:
    'Participar es su decisión. Puede saltar las preguntas que no son obligatorias y parar en cualquier momento. Esto no cambia ningún servicio que reciba.',
  consentDevice:
    'Hasta que se envían, sus respuestas se guardan en este dispositivo para que no se pierdan. Se borran en cuanto se reciben.',
  consentAccept: 'Acepto, empezar',
  communityLabel: 'Su comunidad',
  changeLanguage: 'Idioma',
  draftNotice: 'Esta traducción es un borrador. Miembros de la comunidad todavía la están revisando.',
  thanksTitle: '¡Gracias!',
  thanksBody: 'Hemos recibido sus respuestas.',
  thanksQueued:
    'Sus respuestas están guardadas en este dispositivo. Se enviarán automáticamente cuando haya conexión.',
  startOver: 'Empezar de nuevo',
  kioskNextIn: 'La encuesta vuelve a empezar para la siguiente persona en {n} segundos.',
  idleTitle: '¿Sigue ahí?',
  idleBody: 'Para proteger su privacidad, la encuesta volverá a empezar en {n} segundos.',
  stillHere: 'Sigo aquí',
  queueWaitingOne: '1 respuesta pendiente de envío',
  queueWaitingMany: '{n} respuestas pendientes de envío',
  queueAttention: '{n} requieren atención',
  queueTitle: 'Respuestas en este dispositivo',
  queueSendNow: 'Enviar ahora',
  queueEmpty: 'No hay nada pendiente. Se enviaron todas las respuestas.',
  queuePending: 'Pendiente de envío',
  queueNeedsAttention: 'Requiere atención',
  back: 'Volver',
  staff: 'Personal',
  pinTitle: 'Solo para el personal',
  pinLabel: 'PIN del personal',
  pinSubmit: 'Salir del modo quiosco',
  pinWrong: 'Ese PIN no es correcto.',
  cancel: 'Cancelar',
  kioskExited: 'El modo quiosco terminó.',
  restartKiosk: 'Reiniciar el quiosco',
  errorNotFound: 'Este enlace de encuesta no es válido. Revise la dirección.',
  errorClosed: 'Esta encuesta está cerrada. Gracias por su interés.',
  errorOffline:
    'No hay conexión y esta encuesta nunca se abrió en este dispositivo. Inténtelo de nuevo cuando tenga conexión.',
  retry: 'Intentar de nuevo',
  posterInvite:
    'Dé su opinión: una encuesta breve y anónima sobre la vida y los servicios para personas recién llegadas en {community}.',
  posterScan: 'Escanee el código con la cámara de su teléfono o escriba el enlace:',
};
