import type { AppStrings } from './strings';

export const fr: AppStrings = {
  chooseLanguage: 'Choisissez votre langue',
  loading: 'Chargement…',
  consentTitle: 'Avant de commencer',
  consentCollected:
    'Nous gardons vos réponses aux questions, la langue choisie, votre communauté, la façon dont vous avez accédé au sondage (borne, téléphone ou web) et la date.',
  consentNotCollected:
    'Nous ne demandons pas votre nom. Nous ne gardons ni votre nom, ni votre numéro de téléphone, ni votre adresse IP, ni rien qui identifie cet appareil.',
  consentUse:
    'Vos réponses sont regroupées avec celles d’autres personnes pour aider les organismes locaux à planifier les services aux personnes nouvellement arrivées. Personne ne peut savoir quelles réponses sont les vôtres.',
  consentVoluntary:
    'Votre participation est libre. Vous pouvez passer les questions facultatives et arrêter à tout moment. Cela ne change rien aux services que vous recevez.',
  consentDevice:
    'Tant que vos réponses ne sont pas envoyées, elles restent sur cet appareil pour ne pas être perdues. Elles sont effacées dès leur réception.',
  consentAccept: 'J’accepte, commencer',
  communityLabel: 'Votre communauté',
  changeLanguage: 'Langue',
  draftNotice: 'Cette traduction est une ébauche. Des membres de la communauté la relisent encore.',
  thanksTitle: 'Merci !',
  thanksBody: 'Vos réponses ont bien été reçues.',
  thanksQueued:
    'Vos réponses sont enregistrées sur cet appareil. Elles seront envoyées automatiquement dès qu’il y aura une connexion.',
  startOver: 'Recommencer',
  kioskNextIn: 'Le sondage recommence pour la personne suivante dans {n} secondes.',
  idleTitle: 'Êtes-vous toujours là ?',
  idleBody: 'Pour protéger votre vie privée, le sondage va recommencer dans {n} secondes.',
  stillHere: 'Je suis toujours là',
  queueWaitingOne: '1 réponse en attente d’envoi',
  queueWaitingMany: '{n} réponses en attente d’envoi',
  queueAttention: '{n} à vérifier',
  queueTitle: 'Réponses sur cet appareil',
  queueSendNow: 'Envoyer maintenant',
  queueEmpty: 'Rien en attente. Toutes les réponses ont été envoyées.',
  queuePending: 'En attente d’envoi',
  queueNeedsAttention: 'À vérifier',
  back: 'Retour',
  staff: 'Personnel',
  pinTitle: 'Réservé au personnel',
  pinLabel: 'NIP du personnel',
  pinSubmit: 'Quitter le mode borne',
  pinWrong: 'Ce NIP n’est pas le bon.',
  cancel: 'Annuler',
  kioskExited: 'Le mode borne est terminé.',
  restartKiosk: 'Relancer la borne',
  errorNotFound: 'Ce lien de sondage n’est pas valide. Vérifiez l’adresse.',
  errorClosed: 'Ce sondage est fermé. Merci de votre intérêt.',
  errorOffline:
    'Il n’y a pas de connexion et ce sondage n’a jamais été ouvert sur cet appareil. Réessayez une fois connecté.',
  retry: 'Réessayer',
  posterInvite:
    'Donnez votre avis : un court sondage anonyme sur la vie et les services pour les personnes nouvellement arrivées à {community}.',
  posterScan: 'Balayez le code avec l’appareil photo de votre téléphone, ou tapez le lien :',
};
