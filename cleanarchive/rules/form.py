"""Form rules: comment, contact and newsletter form leftovers ("Your Name", "Security Code")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from cleanarchive.records import Category
from cleanarchive.rules.shapes import cased, matches_not_after, read_through, words_pattern
from cleanarchive.ruleset import Rule, Scope, Span, View

__all__ = ["FORM_LABELS", "FORM_NOTICES", "RULES"]

# Whole lines that are field labels or buttons (compared case-insensitively, "*"/":" allowed).
FORM_LABELS = (
    "Your Name",
    "Your Full Name",
    "Your Email",
    "Your E-mail",
    "Your Email Address",
    "Your E-mail Address",
    "Your Message",
    "Your Comment",
    "Your Website",
    "Your Phone",
    "Name",
    "Full Name",
    "First Name",
    "Last Name",
    "Forgot your password?",
    "Forgot Password?",
    "Remember me",
    "Remember Me",
    "Email",
    "E-mail",
    "Email Address",
    "E-mail Address",
    "Email address",
    "Website",
    "Phone",
    "Phone Number",
    "Comment",
    "Security Code",
    "Enter Security Code",
    "Enter the code",
    "Enter the code shown",
    "Verification Code",
    "Captcha",
    "CAPTCHA Code",
    "reCAPTCHA",
    "I'm not a robot",
    "Leave a Reply",
    "Leave a Reply Cancel reply",
    "Leave a Comment",
    "Leave a comment",
    "Join the conversation", "Join the Conversation", "Join the discussion", "Join the Discussion",
    "Start the conversation", "Start the Conversation",
    "Post a Comment",
    "Add a Comment",
    "Add Comment",
    "Cancel reply",
    "Reply",
    "Log in to Reply",
    "Report comment",
    "Post Comment",
    "Submit Comment",
    "Submit",
    "Send",
    "Send Message",
    "Subscribe",
    "Subscribe Now",
    "Sign Up",
    "Sign up",
    "Search",
    "Search for:",
    "Enter your email address",
    "Enter your email",
    "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
    "Subscribe to our newsletter",
    "Sign up for our newsletter",
    "Get the latest news delivered to your inbox",
    "Join our mailing list",
    "Notify me of follow-up comments by email.",
    "Notify me of new posts by email.",
    "Comments",
    "No Comments",
    "No comments",
    "Kommentare",
    "Kommentar schreiben",
    "Keine Kommentare",
    "Noch keine Kommentare",
    "Bisher keine Kommentare",
    "Commentaires",
    "Comentarios",
    "Commenti",
    "No comments yet.",
    "Be the first to comment",
    "Comments are closed.",
    "Write a comment...",
    "Write a comment…",
    "Click to expand...",  # a forum's collapsed quote
    "Create an account or sign in to comment",  # a forum's reply box for guests
    # ... as Invision Community words it
    "You need to be a member in order to leave a comment", "Sign up for a new account in our community. It's easy!",
    "Sign up for a new account in our community. It’s easy!", "Register a new account",
    "Already have an account? Sign in here.",
    "You can post now and register later. If you have an account, sign in now to post with your account.",
    "Note: Your post will require moderator approval before it will be visible.",
    # a push-notification prompt, a sign-up form's thanks
    "Would you like to receive notifications about new posts?", "Thank you! Please check your inbox",
    "Thank you for subscribing!", "Thanks for subscribing!",
    "Search titles only",
    "Discussion about this post",  # Substack's comments and subscribe box
    # Blogger's feed links under a post
    "Subscribe to: Posts (Atom)", "Subscribe to: Post Comments (Atom)", "Abonnieren: Posts (Atom)",
    "Abonnieren: Kommentare zum Post (Atom)", "S'abonner à : Publier des commentaires (Atom)",
    "Suscribirse a: Enviar comentarios (Atom)", "Iscriviti a: Commenti sul post (Atom)",
    # Jetpack's subscription box over a WordPress.com post
    "Type your email…", "Type your email...", "Subscribe now to keep reading and get access to the full archive.",
    "Ready for more?",
    "Start your Substack",
    "Required fields are marked *",
    # ... split at its "*" by a dump that puts each element on a line
    "Required fields are marked", "Erforderliche Felder sind mit", "markiert.",
    "Les champs obligatoires sont indiqués avec",
    "Your email address will not be published.",
    "Your email address will not be published. Required fields are marked *",
    "You must be logged in to post a comment.",
    "Save my name, email, and website in this browser for the next time I comment.",
    # WordPress's comment form in other languages
    "Hinterlassen Sie eine Antwort", "Schreibe einen Kommentar", "Kommentar verfassen", "Antworten",
    "Antwort abbrechen", "Antworten abbrechen", "Kommentar abschicken",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Erforderliche Felder sind mit * markiert",
    "Benachrichtige mich über nachfolgende Kommentare per E-Mail.",
    "Benachrichtige mich über neue Beiträge via E-Mail.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
    "Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten "
    "durch diese Website einverstanden.",
    "Blog via E-Mail abonnieren", "Hinterlasse eine Antwort", "Kommentar hinzufügen", "Kommentieren",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
    "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.", "Newsletter abonnieren",
    "Abonniere unseren Newsletter", "Diese Website verwendet Akismet, um Spam zu reduzieren.",
    "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
    "Kommentardaten verarbeitet werden.",
    "Laisser un commentaire", "Laisser une réponse", "Répondre", "Annuler la réponse",
    "Votre adresse e-mail ne sera pas publiée.", "Votre adresse de messagerie ne sera pas publiée.",
    "Votre adresse e-mail ne sera pas publiée", "Deine E-Mail-Adresse wird nicht veröffentlicht",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht", "Tu dirección de correo electrónico no será publicada",
    "Il tuo indirizzo email non sarà pubblicato",
    "Les champs obligatoires sont indiqués avec *",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "Deja una respuesta", "Deja un comentario", "Responder", "Cancelar la respuesta", "Publicar el comentario",
    "Tu dirección de correo electrónico no será publicada.", "Los campos obligatorios están marcados con *",
    "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
    "Lascia un commento", "Lascia un commento Annulla risposta", "Rispondi", "Annulla risposta",
    "Il tuo indirizzo email non sarà pubblicato.", "I campi obbligatori sono contrassegnati *",
    "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.",
    "Hinterlasse einen Kommentar", "Hinterlasse jetzt einen Kommentar", "Kommentare schreiben",
    "Kommentare geschlossen", "Leider sind keine Kommentare möglich.", "Es gibt noch keine Kommentare.",
    "Publier un commentaire", "Vos réactions", "No Responses", "No Response so far", "إضافة تعليق جديد",
    # a page's feedback widget (its question goes with rule form.feedback)
    "Rate this article", "Rate this post", "Wie bewerten Sie diesen Artikel?", "War der Artikel nützlich?",
    "Artikel bewerten",
    "Laat een reactie achter", "Je e-mailadres wordt niet gepubliceerd.",
    # Jetpack's "Enter your email address" in other languages
    "Gib deine E-Mail-Adresse ein", "Geben Sie Ihre E-Mail-Adresse ein", "E-Mail-Adresse eingeben",
    "Entrez votre adresse e-mail", "Introduce tu correo electrónico", "Inserisci il tuo indirizzo email",
    # WordPress's "Save my name, email, and website in this browser for the next time I comment."
    "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
    "Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.",
    "Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.",
    "Salvar meus dados neste navegador para a próxima vez que eu comentar.",
    "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnego komentarza.",
    "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
    "Оставьте комментарий", "Ответить", "Отменить ответ", "Ваш адрес email не будет опубликован.",
    # a log-in box: its links and check box ("Remember me", "Forgot your password?" are above)
    "Lost your password?", "Forgot your username?", "Keep me logged in", "Keep me signed in", "Stay signed in",
    "Stay logged in", "Don't have an account?", "Don’t have an account?", "Passwort vergessen?",
    "Passwort vergessen ?", "Passwort vergessen", "Kennwort vergessen?", "Angemeldet bleiben",
    "Angemeldet bleiben?", "Eingeloggt bleiben", "Noch kein Konto?", "Noch kein Konto ?",
    "Mot de passe oublié ?", "Mot de passe oublié?", "Se souvenir de moi", "Rester connecté",
    "¿Olvidaste tu contraseña?", "¿Has olvidado tu contraseña?", "Recordarme", "Password dimenticata?",
    "Ricordami", "Wachtwoord vergeten?", "Onthoud mij", "Nie pamiętasz hasła?", "Zapamiętaj mnie",
    "Esqueceu sua senha?", "Esqueceu a senha?", "Lembrar-me", "Забыли пароль?", "Запомнить меня",
    "Dejá tu comentario", "Deja tu comentario", "Deixe seu comentário", "Deixe um comentário",
    "Lascia il tuo commento", "Laissez un commentaire", "Schreib einen Kommentar", "Champs requis marqués avec",
    "Champs requis marqués avec *",
)
# Sentences that are form residue wherever they sit, even glued into a paragraph.
FORM_NOTICES = (
    "Your email address will not be published.",
    "Your email address will not be published",
    "Required fields are marked *",
    "Notify me of follow-up comments by email.",
    "Notify me of new posts by email.",
    "Save my name, email, and website in this browser for the next time I comment.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "This site uses Akismet to reduce spam.",  # each half on a line of its own
    "Learn how your comment data is processed.",
    # ... in other languages
    "Votre adresse e-mail ne sera pas publiée.", "Votre adresse e-mail ne sera pas publiée",
    "Votre adresse de messagerie ne sera pas publiée.", "Les champs obligatoires sont indiqués avec *",
    "Champs requis marqués avec *", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Erforderliche Felder sind mit * markiert.",
    "Erforderliche Felder sind mit * markiert", "Tu dirección de correo electrónico no será publicada.",
    "Los campos obligatorios están marcados con *", "Il tuo indirizzo email non sarà pubblicato.",
    "I campi obbligatori sono contrassegnati *",
    "You must be logged in to post a comment.",
    "You must log in or register to reply here.",
    # form plugins' hidden fields and messages: Gravity Forms' honeypot, Webflow's form states
    "This field is for validation purposes and should be left unchanged.",
    "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Leave a Reply Cancel reply",
    "Please enter the security code",
    "Please type the characters you see",
    # comment widgets a page loads: Facebook's plugin, Disqus
    "Use Facebook to Comment on this Post",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "blog comments powered by Disqus",
    "comments powered by Disqus",
    "Comments powered by Disqus",
    "blog comments powered by\nDisqus",  # a link a line
    "comments powered by\nDisqus",
    "View the discussion thread.",
)
# "Subscribe to our Telegram channel", "Sign up for our free e-newsletter to get the latest news",
# "Join Our Newsletter", "Join the Example Genius newsletter", "Join the Facebook group", "Subscribe
# to Newsletter", "Sign up for Example Co-op emails", "Subscribe to our blog"; or a newsletter's
# pitch, "Get the best of Example delivered to your inbox weekly", "Get the Most Popular Example
# Stories in a Weekly Newsletter". Whole lines only: a sentence saying so goes on past the pitch.
_SUBSCRIBE = re.compile(
    r"(?:(?:Subscribe|SUBSCRIBE|Sign up|Sign Up|SIGN UP|Join|JOIN|Follow)(?: (?:to|for|on|To|For|On|TO|FOR|ON))?"
    # "our", "the" or a name may be left out: "Subscribe to Newsletter", "Sign up for Example emails"
    r" (?:(?:our|the|my|Our|The|My|OUR|THE) )?(?:[A-Z][\w'’&.-]{0,20} ){0,3}"
    r"(?:(?i:free|daily|weekly|monthly|morning|evening|weekend|nightly|email|e-mail)[ \t]){0,2}"
    r"(?:newsletters?|e-?newsletters?|Newsletters?|E-?Newsletters?|NEWSLETTERS?|E-?NEWSLETTERS?"
    r"|(?:Telegram|YouTube|Youtube|WhatsApp) [Cc]hannel"
    r"|channel|mailing list|Mailing List|email list|Email List|podcast|RSS feed|(?:Facebook|LinkedIn) [Gg]roup"
    r"|e-?mails|E-?mails|e-?mail (?:updates|alerts)|E-?mail (?:Updates|Alerts)|blog|Blog|RSS)"
    r"(?:[ \t,]{1,3}(?:to|and|for)[ \t][^\n.!?]{1,100}|,[ \t]{1,3}[A-Z][^\n.!?]{1,60})?"  # or its name after a comma
    r"(?:[ \t]{1,3}(?:here|now|today))?"
    r"|Discover more from [^\n.!?]{1,60}"  # Jetpack's subscription box
    # Squarespace's newsletter block: "Sign up with your email address to receive news and updates."
    r"|(?:Sign up|Subscribe) with your e-?mail(?: address)? to (?:receive|get) [^\n.!?]{1,60}"
    # "Sign up to get the best content of the week, and great deals, as picked by the editors.",
    # "Subscribe to email updates", "Receive our monthly newsletter to stay on top of ...",
    # "Get Morning Report and other email newsletters"
    r"|Sign up to (?:get|receive) [^\n.!?]{1,120}|Subscribe to (?:e-?mail|our) updates"
    # ... in German: "Mit unserem Newsletter erhalten Sie monatlich ...", "Unser kostenloser
    # Newsletter informiert Sie über unsere neuesten Beiträge."
    r"|Mit unserem (?:kostenlosen )?Newsletter [^\n.!?]{1,160}"
    r"|Unser (?:kostenloser )?Newsletter informiert [^\n.!?]{1,120}"
    # ... what comes after the newsletter is what it brings or how: "Get the newsletter habit:
    # read it daily" is a sentence of the story
    r"|(?:Get|Receive) (?:our |the )?[^\n.!?]{0,60}(?:[Ee]-?mail )?(?:[Nn]ewsletters?|NEWSLETTERS?)"
    r"(?: (?:to|and|for|with|from|delivered|sent|straight|right|in your|every|each)[ \t][^\n.!?]{1,100})?"
    r"|(?:Get|Have|Receive) [^\n.!?]{3,80} (?:(?:delivered|sent)(?: straight| right| directly)? to|in) your inbox"
    r"(?: (?:every \w+|each \w+|daily|weekly|monthly))?)[ \t]{0,3}[.!:]?"
)
# The e-mail follow box of a WordPress.com (Jetpack) or similar blog, whole lines: "Enter your
# email address to follow this blog and receive notifications of new posts by email.", "Gib deine
# E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge
# zu erhalten.", and its count, "Join 1,234 other subscribers", "Schließe dich 37 Followern an".
_COUNT = r"\d[\d,.\u202f\xa0 ]{0,12}"
_FOLLOW_BOX = re.compile(
    r"(?:(?:Please )?[Ee]nter your (?:e-?mail|email address|e-mail address)(?: below)? to (?:follow|subscribe to)"
    r" [^\n.!?]{1,60} and receive notifications of new [^\n.!?]{1,40}(?: by| via) e-?mail"
    r"|(?:Bitte )?(?:[Gg]ib|[Gg]eben Sie) (?:deine|Deine|Ihre) E-Mail-Adresse (?:ein|an),? um [^\n.!?]{1,60} zu"
    r" (?:folgen|abonnieren),? und [^\n.!?]{0,30}Benachrichtigungen über neue [^\n.!?]{1,40} zu erhalten"
    r"|(?:Saisissez|Entrez|Indiquez) votre adresse (?:e-?mail|mail|électronique) pour (?:vous abonner à|suivre)"
    r" [^\n.!?]{1,60} et (?:recevoir|être notifié)[^\n.!?]{1,80}"
    r"|(?:Introduce|Ingresa|Escribe) tu (?:correo electrónico|dirección de correo electrónico|e-?mail) para"
    r" (?:suscribirte a|seguir) [^\n.!?]{1,60} y recibir [^\n.!?]{1,80}"
    rf"|Join {_COUNT}(?:other )?(?:followers|subscribers)"
    rf"|Schließe dich {_COUNT}(?:anderen )?(?:Followern|Abonnenten) an"
    rf"|Rejoignez(?: les)? {_COUNT}autres abonnés|Únete a(?: otros)? {_COUNT}(?:seguidores|suscriptores)(?: más)?)"
    r"[ \t]{0,3}[.!]?"
)
_LABELS = words_pattern(FORM_LABELS, ignore_case=True)
# What may follow a field's label on its line: a colon, the required field's star.
_FIELD_TAIL = r"[ \t]{0,3}[*:]?[ \t]{0,3}\*?"
_NOTICES = words_pattern(FORM_NOTICES)
# A comment or sign-up form flattened into a line: three labels or more in a row, one of them
# starred or each with its colon ("Comment Name * Email * Website Post Comment", "E-mail: Screen
# Name: Password: Confirm Password:"). Labels as written (case counts here).
# Log-in fields count in a run only: a line "username" is a tutorial's code as often as a form's.
_RUN_ONLY_LABELS = ("Username", "User Name", "Screen Name", "Password", "Confirm Password", "Repeat Password")
_FIELD = rf"(?:{words_pattern((*FORM_LABELS, *_RUN_ONLY_LABELS))})(?![\w'’])(?:[ \t]{{0,2}}[*:]){{0,2}}"
_FORM_RUN = re.compile(rf"{_FIELD}(?:[ \t]{{1,3}}{_FIELD}){{2,30}}")
_NOT_BEFORE_RUN = re.compile(r"[\w'’]")  # a run starts a word
_MIN_FORM_RUN = 3


def _form_runs(view: View) -> Iterator[Span]:
    """Yield runs of three or more form labels in a row, one of them starred or each with a colon."""
    for m in matches_not_after(_FORM_RUN, view.text, _NOT_BEFORE_RUN):
        run = m.group()
        if "*" in run or run.count(":") >= _MIN_FORM_RUN:
            yield m.span()


# A log-in or sign-up box, one field label a line: "Benutzername" / "Passwort", "Email" /
# "Password" / "Confirm Password". A password field next to a user name or e-mail field is a
# form wherever it sits; either alone may be a tutorial's or a story's word and stays.
_USER_FIELDS = (
    "Username", "User name", "Username or Email", "Username or Email Address", "Username or E-mail",
    "Username or E-mail Address", "Email or Username", "Email", "E-mail", "Email Address", "E-mail Address",
    "Login", "Benutzername", "Benutzername oder E-Mail", "Benutzername oder E-Mail-Adresse", "E-Mail",
    "E-Mail-Adresse", "Nom d'utilisateur", "Identifiant", "Adresse e-mail", "Nombre de usuario", "Usuario",
    "Correo electrónico", "Nome utente", "Gebruikersnaam", "Nazwa użytkownika", "Nome de usuário", "Логин",
    "Имя пользователя",
)
_PASSWORD_FIELDS = (
    "Password", "Confirm Password", "Repeat Password", "Passwort", "Kennwort", "Passwort bestätigen",
    "Passwort wiederholen", "Mot de passe", "Contraseña", "Wachtwoord", "Hasło", "Senha", "Пароль",
)

# As written, in title case or in capitals: lower-case "username" / "password" lines are a
# tutorial's code as often as a form's.
_USER_FIELD = re.compile(rf"{words_pattern(cased(_USER_FIELDS))}{_FIELD_TAIL}")
_PASSWORD_FIELD = re.compile(rf"{words_pattern(cased(_PASSWORD_FIELDS))}{_FIELD_TAIL}")
_FORM_LINE = re.compile(rf"(?:{_LABELS}){_FIELD_TAIL}|\*", re.IGNORECASE)
_FIELD_CHARS = 40  # longer than any label above with its marks


def _field(line: str) -> str:
    """Return "user", "password", "label" or "" for what kind of form line ``line`` is."""
    if len(line) > _FIELD_CHARS:
        return ""
    if _PASSWORD_FIELD.fullmatch(line):
        return "password"
    if _USER_FIELD.fullmatch(line):
        return "user"
    return "label" if _FORM_LINE.fullmatch(line) else ""


def _login_boxes(view: View) -> Iterator[Span]:
    """Yield runs of form lines holding a password field and a user name or e-mail field, or a second
    password field (the e-mail field's label, one of FORM_LABELS, went with the pattern rules)."""
    first = 0
    for is_form, run in groupby(map(_field, view.lines), key=bool):
        kinds = list(run)
        last = first + len(kinds) - 1
        if is_form and "password" in kinds and ("user" in kinds or kinds.count("password") > 1):
            yield view.starts[first], view.line_span(last)[1]
        first = last + 1


# A newsletter box's heading alone on its line: "Newsletter", "Newsletter Signup", "Weekly
# newsletter", "Email Sign-Up". As written, capitalised: the dump puts a link on a line of its own,
# and a lowercase "newsletter" line is as often a link inside a sentence ("Read our" / "newsletter"
# / "for more"), kept like a capitalised one that the text reads through.
_NEWSLETTER_LABEL = re.compile(
    r"(?:(?:(?:(?:E-?mail|Email|Weekly|Daily|Monthly|Free)[ \t])?(?:Newsletters?|NEWSLETTERS?)"
    r"|(?:E-?mail|Email|Weekly|Daily|Monthly|Free)[ \t]newsletters?)"
    r"(?:[ \t-]?(?:Sign[ \t-]?[Uu]ps?|Signups?|SIGN[ \t-]?UPS?|Subscriptions?|Anmeldung))?"
    r"|(?:E-?mail|Email|EMAIL)[ \t-](?:Sign[ \t-]?[Uu]ps?|Signups?|SIGN[ \t-]?UPS?))"
    r"[ \t]{0,3}:?"
)
_NEWSLETTER_LABEL_CHARS = 40
_NEWSLETTER_FIRST = frozenset("NEWDMF")


# A page's feedback widget: its question alone on a line ("Was this article helpful?", "Did you
# find this page useful?", "War dieser Artikel hilfreich?"), then its buttons, a line each ("Yes" /
# "No", with their counts). A button line needs the question above it: a "Yes" alone stays.
_WHAT = (
    r"(?:article|page|post|content|information|answer|guide|tutorial|review|story|section|document"
    r"|documentation|FAQ|tip|video|help article|response|reply)"
)
_FEEDBACK_QUESTION = (
    rf"(?:(?:Was|Is|Were) (?:this|the|these) (?:{_WHAT}s? )?(?:helpful|useful)"
    rf"|Did you find (?:this|the|it)(?: {_WHAT})? (?:helpful|useful)"
    rf"|Did (?:this|the) {_WHAT} help(?: you)?|Did (?:this|the|it)(?: {_WHAT})? answer your question"
    rf"|How (?:helpful|useful) (?:was|is) (?:this|the) {_WHAT}"
    r"|(?:War|Ist|Waren) (?:dieser|dieses|diese|der|das|die) (?:Artikel|Beitrag|Seite|Inhalt|Informationen?|Antwort)"
    r" (?:hilfreich|nützlich)"
    r"|(?:Cet article|Cette page|Cette réponse|Ce contenu) (?:vous )?a-t-(?:il|elle) été utile"
    r"|¿?(?:Te|Le|Les) (?:ha )?(?:resultó|resultado|fue|ha sido) útil (?:este artículo|esta página|esta información)"
    r"|¿?(?:Fue|Ha sido) útil (?:este artículo|esta página|esta información|esta respuesta)"
    r"|(?:Questo articolo|Questa pagina) (?:ti )?è stat[oa] utile)"
    r"[ \t]{0,2}\?"
)
_FEEDBACK_BUTTON = (
    r"(?:Yes|No|Ja|Nein|Oui|Non|Sí|Si|Thumbs up|Thumbs down|Helpful|Not helpful|Not really|Somewhat|👍|👎)"
    r"[.!]?(?:[ \t]{0,2}\(?\d{1,6}\)?)?"
)
# Whole lines: the question's, then each button's (lines of the view are stripped).
_FEEDBACK = re.compile(rf"^{_FEEDBACK_QUESTION}(?:\n{_FEEDBACK_BUTTON})*$", re.IGNORECASE | re.MULTILINE)
_FEEDBACK_ANCHORS = ("helpful", "Helpful", "HELPFUL", "useful", "Useful", "USEFUL", "answer your question",
                     "hilfreich", "nützlich", "été utile", "útil", "stato utile", "stata utile")


def _newsletter_labels(view: View) -> Iterator[Span]:
    """Yield newsletter headings alone on their lines, unless a sentence reads through them."""
    lines = view.lines
    for i, line in enumerate(lines):
        if (
            len(line) <= _NEWSLETTER_LABEL_CHARS
            and line[0] in _NEWSLETTER_FIRST
            and _NEWSLETTER_LABEL.fullmatch(line)
            and not read_through(lines, i)
        ):
            yield view.line_span(i)


RULES = (
    Rule(
        id="form.label",
        category=Category.FORM,
        description="A line that is a form field label or button ('Your Name', 'Security Code').",
        pattern=re.compile(rf"(?:{_LABELS}){_FIELD_TAIL}", re.IGNORECASE),
    ),
    Rule(
        id="form.allowed-tags",
        category=Category.FORM,
        description="The comment form's 'You may use these HTML tags and attributes: <a href=\"\" title=\"\"> ...'.",
        pattern=re.compile(
            r"You (?:may|can) use these (?:<abbr[^<>\n]{0,100}>)?HTML(?:</abbr>)? tags and attributes:?"
            r"(?:[ \t]{0,3}<[^<>\n]{1,100}>){0,40}"
        ),
    ),
    Rule(
        id="form.subscribe",
        category=Category.FORM,
        description="A line asking the reader to subscribe ('Subscribe to our Telegram channel', "
        "'Sign up for our free newsletter to get ...').",
        pattern=_SUBSCRIBE,
    ),
    Rule(
        id="form.newsletter-label",
        category=Category.FORM,
        description="A newsletter box's heading alone on its line ('Newsletter', 'Newsletter Signup', 'Weekly "
        "newsletter', 'Email Sign-Up'), unless a sentence reads through it (a link split from its sentence).",
        find=_newsletter_labels,
        guard=("ewsletter", "EWSLETTER", "mail Sign", "mail-Sign", "MAIL SIGN", "MAIL-SIGN"),
    ),
    Rule(
        id="form.follow-box",
        category=Category.FORM,
        description="A blog's e-mail follow box ('Enter your email address to follow this blog and receive "
        "notifications of new posts by email.', 'Join 1,234 other subscribers'), in some languages.",
        pattern=_FOLLOW_BOX,
    ),
    Rule(
        id="form.run",
        category=Category.FORM,
        description="A comment, contact or sign-up form flattened into a line: three or more field labels in a "
        "row, one starred or each with its colon ('Comment Name * Email * Website Post Comment', 'E-mail: Screen "
        "Name: Password:').",
        find=_form_runs,
        guard=("*", "Name:", "mail:", "Password:", "Website:"),
    ),
    Rule(
        id="form.feedback",
        category=Category.FORM,
        description="A page's feedback widget: its question alone on a line ('Was this article helpful?', 'Did you "
        "find this page useful?', 'War dieser Artikel hilfreich?') with its button lines under it ('Yes' / 'No').",
        pattern=_FEEDBACK,
        scope=Scope.SPAN,
        guard=_FEEDBACK_ANCHORS,
    ),
    Rule(
        id="form.login",
        category=Category.FORM,
        description="A log-in or sign-up box, one field label a line: a password field next to a user name or "
        "e-mail field ('Benutzername' / 'Passwort'), with the form's other labels around them.",
        find=_login_boxes,
        guard=("assword", "ASSWORD", "asswort", "ASSWORT", "ennwort", "ENNWORT", "ot de passe", "OT DE PASSE",
               "ontraseña", "ONTRASEÑA", "achtwoord", "ACHTWOORD", "asło", "ASŁO", "enha", "ENHA", "ароль", "АРОЛЬ"),
    ),
    Rule(
        id="form.notice",
        category=Category.FORM,
        description="Comment-form notices anywhere ('Your email address will not be published.').",
        pattern=re.compile(_NOTICES),
        scope=Scope.SPAN,
        guard=(
            "Save my name",
            "not be published",
            "Required fields",
            "Notify me",
            "logged in to post",
            "Akismet",
            "comment data is processed",
            "register to reply",
            "validation purposes",
            "submission has been received",
            "while submitting the form",
            "protected by reCAPTCHA",
            "Cancel reply",
            "enter the security code",
            "characters you see",
            "to Comment on this Post",
            "powered by Disqus",
            "comments powered by",
            "discussion thread",
            "ne sera pas publiée",
            "indiqués avec",
            "Champs requis",
            "wird nicht veröffentlicht",
            "Erforderliche Felder",
            "no será publicada",
            "campos obligatorios",
            "non sarà pubblicato",
            "campi obbligatori",
        ),
    ),
)
