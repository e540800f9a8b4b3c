/** Sign-in, invitations and password reset. */
const en = {
  signInTitle: 'Sign in',
  signInIntro: 'Sign in to manage questionnaires and consultations of your partnership.',
  email: 'Email',
  password: 'Password',
  signInButton: 'Sign in',
  invalidCredentials: 'This email and password do not match an account. Check both and try again.',
  tooManyAttempts: (seconds: number | null) =>
    seconds ? `Too many attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).` : 'Too many attempts. Try again later.',
  acceptTitle: 'Join a partnership',
  acceptIntro: (partnership: string, role: string, email: string) =>
    `You are invited to ${partnership} as ${role}, with the email ${email}. Choose your name and a password.`,
  name: 'Your name',
  newPassword: 'New password',
  passwordHelp: 'At least 10 characters.',
  acceptButton: 'Accept and sign in',
  invitationGone: 'This invitation link was already used, has expired, or does not exist. Ask the person who invited you for a new one.',
  resetTitle: 'Choose a new password',
  resetButton: 'Save the new password',
  resetDone: 'Your password is changed and your other sessions are signed out. Sign in with the new password.',
  resetGone: 'This reset link was already used, has expired, or does not exist. Ask an admin for a new one.',
  goToSignIn: 'Go to sign in',
};

export type AuthStrings = typeof en;

const fr: AuthStrings = {
  signInTitle: 'Connexion',
  signInIntro: 'Connectez-vous pour gérer les questionnaires et les consultations de votre partenariat.',
  email: 'Courriel',
  password: 'Mot de passe',
  signInButton: 'Se connecter',
  invalidCredentials: 'Ce courriel et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez.',
  tooManyAttempts: (seconds) =>
    seconds ? `Trop de tentatives. Réessayez dans ${Math.ceil(seconds / 60)} minute(s).` : 'Trop de tentatives. Réessayez plus tard.',
  acceptTitle: 'Rejoindre un partenariat',
  acceptIntro: (partnership, role, email) =>
    `Vous êtes invité·e à ${partnership} comme ${role}, avec le courriel ${email}. Choisissez votre nom et un mot de passe.`,
  name: 'Votre nom',
  newPassword: 'Nouveau mot de passe',
  passwordHelp: 'Au moins 10 caractères.',
  acceptButton: 'Accepter et se connecter',
  invitationGone: 'Ce lien d’invitation a déjà servi, a expiré ou n’existe pas. Demandez-en un nouveau à la personne qui vous a invité·e.',
  resetTitle: 'Choisir un nouveau mot de passe',
  resetButton: 'Enregistrer le nouveau mot de passe',
  resetDone: 'Votre mot de passe est changé et vos autres sessions sont fermées. Connectez-vous avec le nouveau mot de passe.',
  resetGone: 'Ce lien de réinitialisation a déjà servi, a expiré ou n’existe pas. Demandez-en un nouveau à un·e admin.',
  goToSignIn: 'Aller à la connexion',
};

export const auth = { en, fr };
