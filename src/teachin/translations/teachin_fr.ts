<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Action</name>
    <message>
        <source>Next step or slide</source>
        <translation>Étape ou diapositive suivante</translation>
    </message>
    <message>
        <source>Previous step or slide</source>
        <translation>Étape ou diapositive précédente</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <source>Type a slide number (then Enter jumps)</source>
        <translation>Taper un numéro de diapositive (puis Entrée pour y aller)</translation>
    </message>
    <message>
        <source>Jump to the typed number, else next</source>
        <translation>Aller au numéro tapé, sinon suivante</translation>
    </message>
    <message>
        <source>Erase a typed digit, else previous</source>
        <translation>Effacer un chiffre tapé, sinon précédente</translation>
    </message>
    <message>
        <source>Black screen on/off</source>
        <translation>Écran noir (marche / arrêt)</translation>
    </message>
    <message>
        <source>White screen on/off</source>
        <translation>Écran blanc (marche / arrêt)</translation>
    </message>
    <message>
        <source>Overview of all slides on/off</source>
        <translation>Vue d’ensemble des diapositives (marche / arrêt)</translation>
    </message>
    <message>
        <source>Start the show: audience view, timer running</source>
        <translation>Lancer la présentation&#xa0;: vue du public, chronomètre en marche</translation>
    </message>
    <message>
        <source>Leave help, overview, join slide or typed number (never quits)</source>
        <translation>Fermer l’aide, la vue d’ensemble, la diapositive «&#xa0;rejoindre&#xa0;» ou le numéro tapé (sans quitter)</translation>
    </message>
    <message>
        <source>One screen: console &lt;-&gt; audience; two: swap screens</source>
        <translation>Un écran&#xa0;: console &lt;-&gt; public&#xa0;; deux&#xa0;: échanger les écrans</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Afficher ces touches</translation>
    </message>
    <message>
        <source>Pause / resume the timer</source>
        <translation>Mettre en pause / reprendre le chronomètre</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Remettre le chronomètre à zéro</translation>
    </message>
    <message>
        <source>Bigger notes</source>
        <translation>Notes plus grandes</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Notes plus petites</translation>
    </message>
    <message>
        <source>Scroll the notes down (the slides stay)</source>
        <translation>Faire défiler les notes vers le bas (les diapositives restent)</translation>
    </message>
    <message>
        <source>Scroll the notes up</source>
        <translation>Faire défiler les notes vers le haut</translation>
    </message>
    <message>
        <source>High contrast on/off</source>
        <translation>Contraste élevé (marche / arrêt)</translation>
    </message>
    <message>
        <source>Play this slide&apos;s charts again</source>
        <translation>Rejouer les graphiques de cette diapositive</translation>
    </message>
    <message>
        <source>Room chart: show the true figure</source>
        <translation>Graphique de la salle&#xa0;: montrer la valeur réelle</translation>
    </message>
    <message>
        <source>Open the quiz kiosk on this laptop (its own window)</source>
        <translation>Ouvrir la borne de quiz sur cet ordinateur (dans sa fenêtre)</translation>
    </message>
    <message>
        <source>Results: the room&apos;s answers, gathering, the report (its own window)</source>
        <translation>Résultats&#xa0;: réponses de la salle, rassemblement, compte rendu (dans leur fenêtre)</translation>
    </message>
    <message>
        <source>Live room: open it, then show / hide the join slide</source>
        <translation>Salle en direct&#xa0;: l’ouvrir, puis afficher / masquer la diapositive «&#xa0;rejoindre&#xa0;»</translation>
    </message>
    <message>
        <source>Close the live room (phones can no longer answer)</source>
        <translation>Fermer la salle en direct (les téléphones ne peuvent plus répondre)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AnswerWidgets</name>
    <message>
        <source>{number}  {text}</source>
        <translation>{number}  {text}</translation>
    </message>
    <message>
        <source>{number}  ✓ {text}</source>
        <translation>{number}  ✓ {text}</translation>
    </message>
    <message>
        <source>Choose every answer that fits.</source>
        <translation>Choisissez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Tapez votre réponse</translation>
    </message>
    <message>
        <source>Type a number, for example 250 or 2.5</source>
        <translation>Tapez un nombre, par exemple 250 ou 2,5</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits, for example 250 or 2.5.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre. Tapez des chiffres, par exemple 250 ou 2,5.</translation>
    </message>
    <message>
        <source>Write a few words or sentences</source>
        <translation>Écrivez quelques mots ou quelques phrases</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Match for: {prompt}</source>
        <translation>Réponse associée à&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>{place}  {text}</source>
        <translation>{place}  {text}</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Monter</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Descendre</translation>
    </message>
    <message>
        <source>Move “{text}” up</source>
        <translation>Monter «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Move “{text}” down</source>
        <translation>Descendre «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AttemptText</name>
    <message>
        <source>{name}, a quiz under this name was started {when} with {answered} of {total} questions answered. Is that you?</source>
        <translation>{name}, un quiz a été commencé sous ce nom {when}, avec {answered} réponses sur {total} questions. Est-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>{name}, a quiz under this name was started {when} with {answered} of 1 question answered. Is that you?</source>
        <translation>{name}, un quiz a été commencé sous ce nom {when}, avec {answered} réponse sur 1 question. Est-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>Its time limit has run out: no more answers can be given. Carrying on closes it with the answers it has.</source>
        <translation>Son temps est écoulé&#xa0;: on ne peut plus répondre. Continuer le clôt avec les réponses déjà données.</translation>
    </message>
    <message>
        <source>It has {clock} of its time left.</source>
        <translation>Il lui reste {clock}.</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>Il reste {clock}</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Juste.</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Pas tout à fait.</translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation>Vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>**Score: {points} of {maximum}**</source>
        <translation>**Score&#xa0;: {points} sur {maximum}**</translation>
    </message>
    <message>
        <source>#### {number}. {question}</source>
        <translation>#### {number}. {question}</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>Votre réponse&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Your answer: {answer} — ✓ right</source>
        <translation>Votre réponse&#xa0;: {answer} — ✓ juste</translation>
    </message>
    <message>
        <source>Your answer: {answer} — ✗ not right</source>
        <translation>Votre réponse&#xa0;: {answer} — ✗ pas juste</translation>
    </message>
    <message>
        <source>The right answer: {answer}</source>
        <translation>La bonne réponse&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Where to look: {notes}</source>
        <translation>Où regarder&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>{value} (give or take {tolerance})</source>
        <translation>{value} (à {tolerance} près)</translation>
    </message>
    <message>
        <source>{left} → {right}</source>
        <translation>{left} → {right}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>on {day} {month} at {time}</source>
        <translation>le {day} {month} à {time}</translation>
    </message>
    <message>
        <source>You handed in this quiz {when}. Thank you! If you should take it again, ask the facilitator.</source>
        <translation>Vous avez rendu ce quiz {when}. Merci&#xa0;! Si vous devez le refaire, demandez à l’animateur.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Teach-in — audience</source>
        <translation>Teach-in — public</translation>
    </message>
</context>
<context>
    <name>ChartError</name>
    <message>
        <source>This chart cannot be shown</source>
        <translation>Ce graphique ne peut pas être affiché</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Teach-in — presenter</source>
        <translation>Teach-in — présentateur</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Résultats…</translation>
    </message>
    <message>
        <source>The room&apos;s answers, gathering, the report (Ctrl+R)</source>
        <translation>Les réponses de la salle, le regroupement, le rapport (Ctrl+R)</translation>
    </message>
    <message>
        <source>▼ more: Ctrl+Down</source>
        <translation>▼ suite&#xa0;: Ctrl+Bas</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Aucune diapositive</translation>
    </message>
    <message>
        <source>Next: end of the deck</source>
        <translation>Ensuite&#xa0;: fin de la présentation</translation>
    </message>
    <message>
        <source>step {step}/{steps}</source>
        <translation>étape {step}/{steps}</translation>
    </message>
    <message>
        <source>Slide {number} / {count}</source>
        <translation>Diapositive {number} / {count}</translation>
    </message>
    <message>
        <source>Slide {number}/{count}</source>
        <translation>Diapo {number}/{count}</translation>
    </message>
    <message>
        <source>Go to slide {digits}▌  Enter</source>
        <translation>Aller à la diapositive {digits}▌  Entrée</translation>
    </message>
    <message>
        <source>{digits}▌ Enter</source>
        <translation>{digits}▌ Entrée</translation>
    </message>
    <message>
        <source>F5 or the first move starts the timer</source>
        <translation>F5 ou le premier déplacement lance le chronomètre</translation>
    </message>
    <message>
        <source>F5 starts the timer</source>
        <translation>F5 lance le chronomètre</translation>
    </message>
    <message>
        <source>Module {number}/{count}: {title}</source>
        <translation>Module {number}/{count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>this module {here} of {plan} min  ·  talk {talk} of {total} min</source>
        <translation>ce module {here} sur {plan} min  ·  exposé {talk} sur {total} min</translation>
    </message>
    <message>
        <source>module {here} of {plan} min · talk {talk} of {total} min</source>
        <translation>module {here} sur {plan} min · exposé {talk} sur {total} min</translation>
    </message>
    <message>
        <source>module {here}/{plan} min · talk {talk}/{total} min</source>
        <translation>module {here}/{plan} min · exposé {talk}/{total} min</translation>
    </message>
    <message>
        <source>Next: step {step}/{steps} of this slide</source>
        <translation>Ensuite&#xa0;: étape {step}/{steps} de cette diapositive</translation>
    </message>
    <message>
        <source>Next: slide {number}</source>
        <translation>Ensuite&#xa0;: diapositive {number}</translation>
    </message>
    <message>
        <source>*No notes for this slide.*</source>
        <translation>*Pas de notes pour cette diapositive.*</translation>
    </message>
    <message>
        <source>The room sees a black screen  (B)</source>
        <translation>La salle voit un écran noir  (B)</translation>
    </message>
    <message>
        <source>The room sees a white screen  (W)</source>
        <translation>La salle voit un écran blanc  (W)</translation>
    </message>
    <message>
        <source>The room sees the join slide  (O)</source>
        <translation>La salle voit la diapositive «&#xa0;rejoindre&#xa0;»  (O)</translation>
    </message>
</context>
<context>
    <name>Facilitator</name>
    <message>
        <source>before the workshop</source>
        <translation>avant l’atelier</translation>
    </message>
    <message>
        <source>after the workshop</source>
        <translation>après l’atelier</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point d’étape</translation>
    </message>
    <message>
        <source>poll</source>
        <translation>sondage</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Code PIN de l’animateur</translation>
    </message>
    <message>
        <source>Facilitator PIN to leave kiosk mode</source>
        <translation>Code PIN de l’animateur pour quitter le mode borne</translation>
    </message>
    <message>
        <source>Set the facilitator PIN</source>
        <translation>Choisir le code PIN de l’animateur</translation>
    </message>
    <message>
        <source>Before the first participant: choose a PIN of at least 4 characters. It opens the facilitator&apos;s menu (Ctrl+Shift+F) and lets you leave kiosk mode. Participants never see this screen again.</source>
        <translation>Avant le premier participant&#xa0;: choisissez un code PIN d’au moins 4 caractères. Il ouvre le menu de l’animateur (Ctrl+Maj+F) et permet de quitter le mode borne. Les participants ne verront plus cet écran.</translation>
    </message>
    <message>
        <source>Choose a new facilitator PIN</source>
        <translation>Choisir un nouveau code PIN de l’animateur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN encore une fois</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas le bon.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>Which quiz the next person takes:</source>
        <translation>Le quiz de la personne suivante&#xa0;:</translation>
    </message>
    <message>
        <source>Personal codes</source>
        <translation>Codes personnels</translation>
    </message>
    <message>
        <source>Each participant chooses a short code with their name and needs it to come back to unfinished answers. Off: typing the name is enough.</source>
        <translation>Chaque participant choisit un code court avec son nom, et en a besoin pour revenir à des réponses inachevées. Désactivé&#xa0;: taper le nom suffit.</translation>
    </message>
    <message>
        <source>Retakes</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>A name that has handed in this quiz may start it again. Off: they are told when they handed in.</source>
        <translation>Un nom qui a rendu ce quiz peut le recommencer. Désactivé&#xa0;: on lui rappelle quand il l’a rendu.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>The log folder could not be opened (there may be no log yet).</source>
        <translation>Le dossier des journaux n’a pas pu être ouvert (il n’y a peut-être pas encore de journal).</translation>
    </message>
    <message>
        <source>Names participants can tap instead of typing (one a line):</source>
        <translation>Noms que les participants peuvent toucher au lieu de les taper (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>Enregistrer les noms</translation>
    </message>
    <message>
        <source>Allow a retake for:</source>
        <translation>Autoriser une nouvelle tentative pour&#xa0;:</translation>
    </message>
    <message>
        <source>Someone who handed in this quiz takes it once more the next time they give their name; the answers they handed in stay.</source>
        <translation>Une personne qui a rendu ce quiz le refait une fois la prochaine fois qu’elle donne son nom&#xa0;; les réponses déjà rendues restent.</translation>
    </message>
    <message>
        <source>Allow a retake</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>No one has handed in this quiz yet.</source>
        <translation>Personne n’a encore rendu ce quiz.</translation>
    </message>
    <message>
        <source>Allowed to take it once more: {names}.</source>
        <translation>Peuvent le refaire une fois&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The results open over the whole screen: each question&apos;s figures and its chart at a size you can read. Esc closes them and brings you back here.</source>
        <translation>Les résultats s’ouvrent sur tout l’écran&#xa0;: les chiffres de chaque question et son graphique, à une taille lisible. Échap les ferme et vous ramène ici.</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Terminer le tour</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>Retour au quiz</translation>
    </message>
    <message>
        <source>Back to {name}&apos;s quiz</source>
        <translation>Retour au quiz de {name}</translation>
    </message>
    <message>
        <source>End {name}&apos;s turn</source>
        <translation>Terminer le tour de {name}</translation>
    </message>
    <message>
        <source>Has {name} left? End the turn: the answers given so far stay saved, the same name typed later carries on from there, the next person gets the name screen.</source>
        <translation>{name} est parti&#xa0;? Terminez le tour&#xa0;: les réponses déjà données restent enregistrées, le même nom tapé plus tard reprend là, la personne suivante a l’écran du nom.</translation>
    </message>
</context>
<context>
    <name>JoinView</name>
    <message>
        <source>Answer from your phone</source>
        <translation>Répondez depuis votre téléphone</translation>
    </message>
    <message>
        <source>Scan the code, or open</source>
        <translation>Scannez le code, ou ouvrez</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <source>Same Wi-Fi as this laptop. Turn mobile data off if the page does not load.</source>
        <translation>Même Wi-Fi que cet ordinateur. Coupez les données mobiles si la page ne se charge pas.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Teach-in quiz</source>
        <translation>Quiz Teach-in</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Please type your name first.</source>
        <translation>Tapez d’abord votre nom, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Someone else has an unfinished quiz under “{name}”. Add something to your name to tell you apart, for example “{name} K”, then press Start.</source>
        <translation>Quelqu’un d’autre a un quiz en cours sous le nom «&#xa0;{name}&#xa0;». Ajoutez quelque chose à votre nom pour vous distinguer, par exemple «&#xa0;{name} K&#xa0;», puis appuyez sur Commencer.</translation>
    </message>
    <message>
        <source>Question {position} of {total}</source>
        <translation>Question {position} sur {total}</translation>
    </message>
    <message>
        <source>1 question is not answered yet. Tap a question to answer it, or press the button again to hand in.</source>
        <translation>Il reste 1 question sans réponse. Touchez une question pour y répondre, ou appuyez de nouveau sur le bouton pour rendre vos réponses.</translation>
    </message>
    <message>
        <source>{count} questions are not answered yet. Tap a question to answer it, or press the button again to hand in.</source>
        <translation>Il reste {count} questions sans réponse. Touchez une question pour y répondre, ou appuyez de nouveau sur le bouton pour rendre vos réponses.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name}&#xa0;!</translation>
    </message>
    <message>
        <source>Time is up. Thank you, {name}!</source>
        <translation>Le temps est écoulé. Merci, {name}&#xa0;!</translation>
    </message>
    <message>
        <source>Choose a personal code of {length} characters or more, and remember it: you need it to come back to your answers.</source>
        <translation>Choisissez un code personnel d’au moins {length} caractères, et retenez-le&#xa0;: il vous faudra pour revenir à vos réponses.</translation>
    </message>
    <message>
        <source>That personal code does not match the one chosen with this name. Type it again, or add something to your name if you are someone else.</source>
        <translation>Ce code personnel ne correspond pas à celui choisi avec ce nom. Tapez-le de nouveau, ou ajoutez quelque chose à votre nom si vous êtes une autre personne.</translation>
    </message>
    <message>
        <source>The quiz “{quiz}” has 1 problem, so it may not run as written (a time limit left out, say): run `teachin check`. {first}</source>
        <translation>Le quiz «&#xa0;{quiz}&#xa0;» a 1 problème, il risque de ne pas se dérouler comme prévu (une limite de temps ignorée, par exemple)&#xa0;: lancez `teachin check`. {first}</translation>
    </message>
    <message>
        <source>The quiz “{quiz}” has {count} problems, so it may not run as written (a time limit left out, say): run `teachin check`. The first: {first}</source>
        <translation>Le quiz «&#xa0;{quiz}&#xa0;» a {count} problèmes, il risque de ne pas se dérouler comme prévu (une limite de temps ignorée, par exemple)&#xa0;: lancez `teachin check`. Le premier&#xa0;: {first}</translation>
    </message>
    <message>
        <source>Type the personal code you chose with this name, then press Start.</source>
        <translation>Tapez le code personnel choisi avec ce nom, puis appuyez sur Commencer.</translation>
    </message>
    <message>
        <source>Too many wrong codes for this name. Try again in {seconds} seconds.</source>
        <translation>Trop de codes erronés pour ce nom. Réessayez dans {seconds} secondes.</translation>
    </message>
</context>
<context>
    <name>KioskScreens</name>
    <message>
        <source>Type your first name or a nickname, then press Start.</source>
        <translation>Tapez votre prénom ou un surnom, puis appuyez sur Commencer.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your personal code (chosen the first time, needed to come back):</source>
        <translation>Votre code personnel (choisi la première fois, il sert à revenir)&#xa0;:</translation>
    </message>
    <message>
        <source>Your personal code</source>
        <translation>Votre code personnel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change the text size, Ctrl+H switches high contrast.</source>
        <translation>Ctrl + et Ctrl − changent la taille du texte, Ctrl+H active ou coupe le contraste élevé.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Yes, carry on</source>
        <translation>Oui, je continue</translation>
    </message>
    <message>
        <source>No, I&apos;m someone else</source>
        <translation>Non, je suis quelqu’un d’autre</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Check answers ▶</source>
        <translation>Vérifier mes réponses ▶</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>{number}. ✓ Answered:
{question}</source>
        <translation>{number}. ✓ Répondu&#xa0;:
{question}</translation>
    </message>
    <message>
        <source>{number}. ○ Not answered yet:
{question}</source>
        <translation>{number}. ○ Pas encore répondu&#xa0;:
{question}</translation>
    </message>
    <message>
        <source>Hand in my answers</source>
        <translation>Rendre mes réponses</translation>
    </message>
    <message>
        <source>Hand in anyway</source>
        <translation>Rendre quand même</translation>
    </message>
    <message>
        <source>Finish and hand the laptop on</source>
        <translation>Terminer et passer l’ordinateur</translation>
    </message>
    <message>
        <source>Please pass the laptop to the next person.</source>
        <translation>Passez l’ordinateur à la personne suivante, s’il vous plaît.</translation>
    </message>
    <message>
        <source>I am the next person — start</source>
        <translation>Je suis la personne suivante — commencer</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>The quiz cannot start</source>
        <translation>Le quiz ne peut pas démarrer</translation>
    </message>
    <message>
        <source>{error}

No answers were taken.</source>
        <translation>{error}

Aucune réponse n’a été enregistrée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No such quiz</source>
        <translation>Quiz introuvable</translation>
    </message>
    <message>
        <source>There is no quiz “{quiz}” in {folder} (quizzes: {known}).</source>
        <translation>Il n’y a pas de quiz «&#xa0;{quiz}&#xa0;» dans {folder} (quiz disponibles&#xa0;: {known}).</translation>
    </message>
</context>
<context>
    <name>LiveRoom</name>
    <message>
        <source>{quiz} (own pace)</source>
        <translation>{quiz} (à son rythme)</translation>
    </message>
    <message>
        <source>the room could not listen</source>
        <translation>la salle n’a pas pu se mettre à l’écoute</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Room closed: nothing listens on the network</source>
        <translation>Salle fermée&#xa0;: plus rien n’écoute sur le réseau</translation>
    </message>
    <message>
        <source>The room could not open: {error}</source>
        <translation>La salle n’a pas pu ouvrir&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Reload: no slides found, still showing the previous version</source>
        <translation>Rechargement&#xa0;: aucune diapositive trouvée, la version précédente reste affichée</translation>
    </message>
    <message>
        <source>{folder}: no slides to present (see `teachin check {folder}`)</source>
        <translation>{folder}: aucune diapositive à présenter (voir `teachin check {folder}`)</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>*Your estimate: a number.*</source>
        <translation>*Votre estimation&#xa0;: un nombre.*</translation>
    </message>
    <message>
        <source>*Answer in a word or two.*</source>
        <translation>*Répondez en un ou deux mots.*</translation>
    </message>
    <message>
        <source>*Your thoughts, in a sentence or two.*</source>
        <translation>*Votre avis, en une ou deux phrases.*</translation>
    </message>
    <message>
        <source>**Quiz question:** {quiz} / {question}</source>
        <translation>**Question de quiz&#xa0;:** {quiz} / {question}</translation>
    </message>
    <message>
        <source>**Quiz:** {quiz}</source>
        <translation>**Quiz&#xa0;:** {quiz}</translation>
    </message>
    <message>
        <source>**Quiz time:** {title}

1 question, on the shared laptops.</source>
        <translation>**C’est l’heure du quiz&#xa0;:** {title}

1 question, sur les ordinateurs partagés.</translation>
    </message>
    <message>
        <source>**Quiz time:** {title}

{count} questions, on the shared laptops.</source>
        <translation>**C’est l’heure du quiz&#xa0;:** {title}

{count} questions, sur les ordinateurs partagés.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{share} right</source>
        <translation>{share} justes</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Date and place not given.</source>
        <translation>Date et lieu non indiqués.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation>Pas encore de réponses aux quiz.</translation>
    </message>
    <message>
        <source>Time per module</source>
        <translation>Temps par module</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Planned (minutes)</source>
        <translation>Prévu (minutes)</translation>
    </message>
    <message>
        <source>Actual (minutes)</source>
        <translation>Réel (minutes)</translation>
    </message>
    <message>
        <source>Actual: the time each module&apos;s slides were on the screen once the talk&apos;s timer ran (F5, or the first move); a slide up for over 20 minutes counts 20 (a break).</source>
        <translation>Réel&#xa0;: le temps passé à l’écran par les diapositives de chaque module une fois le chronomètre de la présentation lancé (F5, ou le premier déplacement)&#xa0;; une diapositive affichée plus de 20 minutes compte pour 20 (une pause).</translation>
    </message>
    <message>
        <source>No slides were logged: the talk&apos;s timer never ran on these laptops.</source>
        <translation>Aucune diapositive n’a été enregistrée&#xa0;: le chronomètre de la présentation n’a jamais tourné sur ces ordinateurs.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Share right on the core questions asked both in {pre} and {post}: paired by person where the same people answered both times, everyone who answered otherwise.</source>
        <translation>Part de bonnes réponses aux questions centrales posées à la fois dans {pre} et dans {post}&#xa0;: personne par personne quand les mêmes personnes ont répondu les deux fois, sinon toutes les personnes qui ont répondu.</translation>
    </message>
    <message>
        <source>Core question</source>
        <translation>Question centrale</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <source>The room charts at the reveal</source>
        <translation>Les graphiques de la salle au moment de la révélation</translation>
    </message>
    <message>
        <source>as revealed at {time}</source>
        <translation>telles que révélées le {time}</translation>
    </message>
    <message>
        <source>never revealed: every answer given</source>
        <translation>jamais révélé&#xa0;: toutes les réponses données</translation>
    </message>
    <message>
        <source>{question}: no answers.</source>
        <translation>{question}&#xa0;: aucune réponse.</translation>
    </message>
    <message>
        <source>{count} answer(s), {when}.</source>
        <translation>{count} réponse(s), {when}.</translation>
    </message>
    <message>
        <source>{people} people took part, {attempts} attempt(s), {finished} finished.</source>
        <translation>{people} personnes ont participé, {attempts} tentative(s), {finished} terminée(s).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>What was answered</source>
        <translation>Réponses données</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Compte rendu de l’atelier</translation>
    </message>
    <message>
        <source>teachin report: name the PDF to write, e.g. {example}</source>
        <translation>teachin report&#xa0;: indiquez le PDF à écrire, par exemple {example}</translation>
    </message>
    <message>
        <source>teachin report: {out} is a folder; name a .pdf file to write, e.g. {example}</source>
        <translation>teachin report&#xa0;: {out} est un dossier&#xa0;; indiquez un fichier .pdf à écrire, par exemple {example}</translation>
    </message>
    <message>
        <source>teachin report: cannot write {out}: no such folder</source>
        <translation>teachin report&#xa0;: impossible d’écrire {out}&#xa0;: ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>teachin report: no results yet (no database at {path})</source>
        <translation>teachin report&#xa0;: pas encore de résultats (pas de base de données à {path})</translation>
    </message>
    <message>
        <source>teachin report: {error}</source>
        <translation>teachin report&#xa0;: {error}</translation>
    </message>
    <message>
        <source>teachin report: cannot write {out}: {error}</source>
        <translation>teachin report&#xa0;: impossible d’écrire {out}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>wrote {out}: {pages} page(s)</source>
        <translation>{out} écrit&#xa0;: {pages} page(s)</translation>
    </message>
    <message>
        <source>Date (optional):</source>
        <translation>Date (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Place (optional):</source>
        <translation>Lieu (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Save the workshop report</source>
        <translation>Enregistrer le compte rendu de l’atelier</translation>
    </message>
    <message>
        <source>workshop-report.pdf</source>
        <translation>compte-rendu-atelier.pdf</translation>
    </message>
    <message>
        <source>The report was not written: {error}</source>
        <translation>Le compte rendu n’a pas été écrit&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Share right, {pre} → {post}</source>
        <translation>Part de bonnes réponses, {pre} → {post}</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% de bonnes réponses</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>ResultsSummary</name>
    <message>
        <source>median {median} (middle half {low} to {high}; {lowest} to {highest} in all)</source>
        <translation>médiane {median} (moitié centrale de {low} à {high}&#xa0;; de {lowest} à {highest} en tout)</translation>
    </message>
    <message>
        <source>; true figure {n}</source>
        <translation>&#xa0;; vrai chiffre {n}</translation>
    </message>
    <message>
        <source>, and {more} other answer(s)</source>
        <translation>, et {more} autre(s) réponse(s)</translation>
    </message>
    <message>
        <source>{name} (no longer in the quiz file)</source>
        <translation>{name} (n’est plus dans le fichier du quiz)</translation>
    </message>
    <message>
        <source>1 person who answered both times</source>
        <translation>1 personne qui a répondu les deux fois</translation>
    </message>
    <message>
        <source>{n} people who answered both times</source>
        <translation>{n} personnes qui ont répondu les deux fois</translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation>personne n’a répondu</translation>
    </message>
    <message>
        <source>{before} before, {after} after (not the same people)</source>
        <translation>{before} avant, {after} après (pas les mêmes personnes)</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} points</translation>
    </message>
    <message>
        <source>All core questions</source>
        <translation>Toutes les questions principales</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Teach-in results</source>
        <translation>Résultats Teach-in</translation>
    </message>
    <message>
        <source>Hardest first</source>
        <translation>Difficiles d’abord</translation>
    </message>
    <message>
        <source>Add results from other laptops…</source>
        <translation>Ajouter d’autres résultats…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s results…</source>
        <translation>Exporter les résultats d’ici…</translation>
    </message>
    <message>
        <source>Workshop report…</source>
        <translation>Compte rendu de l’atelier…</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tableur (CSV)…</translation>
    </message>
    <message>
        <source>Quiz:</source>
        <translation>Quiz&#xa0;:</translation>
    </message>
    <message>
        <source>Show the newest backup</source>
        <translation>Afficher la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>No answers to this question yet.</source>
        <translation>Pas encore de réponses à cette question.</translation>
    </message>
    <message>
        <source>Core question</source>
        <translation>Question centrale</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <source> (a backup: {name})</source>
        <translation> (une sauvegarde&#xa0;: {name})</translation>
    </message>
    <message>
        <source>{count} attempt(s) · updated {time}{backup}</source>
        <translation>{count} tentative(s) · mis à jour à {time}{backup}</translation>
    </message>
    <message>
        <source>No answers yet on this laptop. They show here as people answer, or add other laptops&apos; results.</source>
        <translation>Pas encore de réponses sur cet ordinateur. Elles s’affichent ici à mesure que les gens répondent, ou ajoutez les résultats d’autres ordinateurs.</translation>
    </message>
    <message>
        <source> A backup made when Teach-in last started is kept.</source>
        <translation> Une sauvegarde faite au dernier démarrage de Teach-in est conservée.</translation>
    </message>
    <message>
        <source>The results cannot be read: {message}.</source>
        <translation>Les résultats ne peuvent pas être lus&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>Show the newest backup ({made})</source>
        <translation>Afficher la sauvegarde la plus récente ({made})</translation>
    </message>
    <message>
        <source>{people} took part</source>
        <translation>{people} participant(s)</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>pas encore de réponses</translation>
    </message>
    <message>
        <source>{count} answered</source>
        <translation>{count} ont répondu</translation>
    </message>
    <message>
        <source>Questions: {people} took part, {finished} finished</source>
        <translation>Questions&#xa0;: {people} participant(s), {finished} terminé(s)</translation>
    </message>
    <message>
        <source> (right: {answers})</source>
        <translation> (juste&#xa0;: {answers})</translation>
    </message>
    <message>
        <source>This deck has no quiz before and after the workshop.</source>
        <translation>Cette présentation n’a pas de quiz avant et après l’atelier.</translation>
    </message>
    <message>
        <source>Share right on the core questions asked in both {pre} and {post}: paired by person where the same people answered both times, everyone otherwise.</source>
        <translation>Part de bonnes réponses aux questions centrales posées à la fois dans {pre} et dans {post}&#xa0;: personne par personne quand les mêmes personnes ont répondu les deux fois, sinon tout le monde.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Add results from other laptops</source>
        <translation>Ajouter les résultats d’autres ordinateurs</translation>
    </message>
    <message>
        <source>Teach-in results (*.zip);;All files (*)</source>
        <translation>Résultats Teach-in (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Adding results…</source>
        <translation>Ajout des résultats…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>{bundle}: not added (stopped)</source>
        <translation>{bundle}&#xa0;: non ajouté (arrêté)</translation>
    </message>
    <message>
        <source>Adding {bundle}…</source>
        <translation>Ajout de {bundle}…</translation>
    </message>
    <message>
        <source>Nothing added: {error}</source>
        <translation>Rien n’a été ajouté&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s results to…</source>
        <translation>Enregistrer les résultats de cet ordinateur dans…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not saved in {folder}: {error}</source>
        <translation>Non enregistré dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {bundle} in {folder}.</source>
        <translation>{bundle} enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>On the laptop that gathers the results: “Add results from other laptops…”.</source>
        <translation>Sur l’ordinateur qui rassemble les résultats&#xa0;: «&#xa0;Ajouter d’autres résultats…&#xa0;».</translation>
    </message>
    <message>
        <source>Save the answers for a spreadsheet</source>
        <translation>Enregistrer les réponses pour un tableur</translation>
    </message>
    <message>
        <source>Saved {answers} (every answer) and {people} in {folder}.</source>
        <translation>{answers} (toutes les réponses) et {people} enregistrés dans {folder}.</translation>
    </message>
    <message>
        <source> · {share} right</source>
        <translation> · {share} justes</translation>
    </message>
    <message>
        <source>{path} could not be opened here: open it from the file manager.</source>
        <translation>{path} n’a pas pu être ouvert ici&#xa0;: ouvrez-le depuis le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Saved the workshop report {report} ({pages} page(s)) in {folder}.</source>
        <translation>Compte rendu de l’atelier {report} ({pages} page(s)) enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>{bundle}: not added: {reason}</source>
        <translation>{bundle}&#xa0;: non ajouté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{bundle}: already added on {when}: nothing new</source>
        <translation>{bundle}&#xa0;: déjà ajouté le {when}&#xa0;: rien de nouveau</translation>
    </message>
    <message>
        <source>, {count} already here</source>
        <translation>, {count} déjà là</translation>
    </message>
    <message>
        <source>{bundle} (from {laptop}): {count} new answer(s){already}</source>
        <translation>{bundle} (de {laptop})&#xa0;: {count} nouvelle(s) réponse(s){already}</translation>
    </message>
    <message>
        <source>{share} right</source>
        <translation>{share} justes</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>RoomChart</name>
    <message>
        <source>  ✓ right</source>
        <translation>  ✓ juste</translation>
    </message>
    <message>
        <source>Waiting for the room&apos;s answers…</source>
        <translation>En attente des réponses de la salle…</translation>
    </message>
    <message>
        <source>Nobody answered this question</source>
        <translation>Personne n’a répondu à cette question</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} réponses</translation>
    </message>
    <message>
        <source>room median {n}</source>
        <translation>médiane de la salle {n}</translation>
    </message>
    <message>
        <source>true figure {n}</source>
        <translation>vrai chiffre {n}</translation>
    </message>
    <message>
        <source> · median {n}</source>
        <translation> · médiane {n}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <source>The room&apos;s answers to question &apos;{question}&apos; of quiz &apos;{quiz}&apos;</source>
        <translation>Les réponses de la salle à la question «&#xa0;{question}&#xa0;» du quiz «&#xa0;{quiz}&#xa0;»</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
</context>
<context>
    <name>RoomLink</name>
    <message>
        <source>room connected</source>
        <translation>salle connectée</translation>
    </message>
    <message>
        <source>room: reconnecting</source>
        <translation>salle&#xa0;: reconnexion</translation>
    </message>
    <message>
        <source>{state} · {waiting} waiting</source>
        <translation>{state} · {waiting} en attente</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s answers to the presenter&apos;s live room as they are given. Every answer is saved on this laptop first; bundles still work as before.</source>
        <translation>Envoyer les réponses de cet ordinateur à la salle en direct du présentateur, au fur et à mesure. Chaque réponse est d’abord enregistrée sur cet ordinateur&#xa0;; les lots marchent comme avant.</translation>
    </message>
    <message>
        <source>Rooms found on this network (tap one, then type its code):</source>
        <translation>Salles trouvées sur ce réseau (touchez-en une, puis tapez son code)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>par ex. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>the code on the presenter&apos;s screen</source>
        <translation>le code affiché sur l’écran du présentateur</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Adresse de la salle</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation>Quitter la salle</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Type the room&apos;s address and its code (both on its screen).</source>
        <translation>Tapez l’adresse de la salle et son code (tous deux sur son écran).</translation>
    </message>
    <message>
        <source>Not in a room: answers stay on this laptop (use bundles).</source>
        <translation>Hors salle&#xa0;: les réponses restent sur cet ordinateur (utilisez des lots).</translation>
    </message>
    <message>
        <source>Connected to {where}. Sent: {sent}, waiting: {waiting}</source>
        <translation>Connecté à {where}. Envoyées&#xa0;: {sent}, en attente&#xa0;: {waiting}</translation>
    </message>
    <message>
        <source>Trying to reach {where}. Sent: {sent}, waiting: {waiting}</source>
        <translation>Tentative de joindre {where}. Envoyées&#xa0;: {sent}, en attente&#xa0;: {waiting}</translation>
    </message>
    <message>
        <source>, refused by the room: {skipped}</source>
        <translation>, refusées par la salle&#xa0;: {skipped}</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Rejoindre une salle</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>{joined} joined · {answered} finished</source>
        <translation>{joined} connectés · {answered} ont fini</translation>
    </message>
    <message>
        <source>{joined} joined · {answered} answered</source>
        <translation>{joined} connectés · {answered} ont répondu</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} réponses</translation>
    </message>
    <message>
        <source>seen {seconds}s ago</source>
        <translation>vu il y a {seconds} s</translation>
    </message>
    <message>
        <source>seen {minutes} min ago</source>
        <translation>vu il y a {minutes} min</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>and {count} more kiosks: {answers}</source>
        <translation>et {count} bornes de plus&#xa0;: {answers}</translation>
    </message>
    <message>
        <source>Live room closed: phones cannot answer</source>
        <translation>Salle en direct fermée&#xa0;: les téléphones ne peuvent pas répondre</translation>
    </message>
    <message>
        <source>The network phones use (e.g. the hotspot&apos;s, not Ethernet&apos;s)</source>
        <translation>Le réseau des téléphones (par ex. celui du point d’accès, pas l’Ethernet)</translation>
    </message>
    <message>
        <source>Open the room  (O)</source>
        <translation>Ouvrir la salle  (O)</translation>
    </message>
    <message>
        <source>Join slide (O)</source>
        <translation>Diapositive «&#xa0;rejoindre&#xa0;» (O)</translation>
    </message>
    <message>
        <source>Phones wait</source>
        <translation>Téléphones en attente</translation>
    </message>
    <message>
        <source>Take the question off the phones: they show &apos;waiting&apos;</source>
        <translation>Retirer la question des téléphones&#xa0;: ils affichent «&#xa0;en attente&#xa0;»</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Pre-quiz</source>
        <translation>Quiz initial</translation>
    </message>
    <message>
        <source>Post-quiz</source>
        <translation>Quiz final</translation>
    </message>
    <message>
        <source>Every phone takes “{title}”, each at its own pace</source>
        <translation>Chaque téléphone fait «&#xa0;{title}&#xa0;», chacun à son rythme</translation>
    </message>
    <message>
        <source>Room open: {address}  code {code}</source>
        <translation>Salle ouverte&#xa0;: {address}  code {code}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Phones: {live}</source>
        <translation>Téléphones&#xa0;: {live}</translation>
    </message>
    <message>
        <source>this address</source>
        <translation>cette adresse</translation>
    </message>
</context>
<context>
    <name>SlideParts</name>
    <message>
        <source>{what} gets {height:.0f} px of height, needs at least {needed:.0f}</source>
        <translation>{what} reçoit {height:.0f} px de hauteur, il lui en faut au moins {needed:.0f}</translation>
    </message>
    <message>
        <source>**What is wrong:**</source>
        <translation>**Ce qui ne va pas&#xa0;:**</translation>
    </message>
    <message>
        <source>**Chart: {kind}** — {series}</source>
        <translation>**Graphique&#xa0;: {kind}** — {series}</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>{what} {text!r} needs {needed:.0f} px of height, has {has:.0f}</source>
        <translation>{what} {text!r} demande {needed:.0f} px de hauteur, en a {has:.0f}</translation>
    </message>
    <message>
        <source>{what} {text!r} needs {needed:.0f} px of width, has {has:.0f}</source>
        <translation>{what} {text!r} demande {needed:.0f} px de largeur, en a {has:.0f}</translation>
    </message>
</context>
<context>
    <name>TrueFalse</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l’argument %s</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>{folder}: no such deck folder</source>
        <translation>{folder}: ce dossier de contenu n’existe pas</translation>
    </message>
    <message>
        <source>no slides: add a module such as 01-opening.md</source>
        <translation>aucune diapositive&#xa0;: ajoutez un module comme 01-opening.md</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problèmes</translation>
    </message>
    <message>
        <source>{modules} modules, {slides} slides, {charts} charts, {quizzes} quizzes ({questions} questions), {series} data series, {minutes} planned minutes; {problems}</source>
        <translation>{modules} modules, {slides} diapositives, {charts} graphiques, {quizzes} quiz ({questions} questions), {series} séries de données, {minutes} minutes prévues&#xa0;; {problems}</translation>
    </message>
    <message>
        <source>({count} steps)</source>
        <translation>({count} étapes)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Global options (--data-dir, --deck, --builtin-deck, --lang) may come before or after the command. Exit codes: 0 done, 1 failed (problems found or the command could not do its work), 2 wrong command line. `teachin COMMAND --help` describes each command.</source>
        <translation>Les options globales (--data-dir, --deck, --builtin-deck, --lang) se placent avant ou après la commande. Codes de sortie&#xa0;: 0 terminé, 1 échec (problèmes trouvés ou la commande n’a pas pu faire son travail), 2 ligne de commande incorrecte. `teachin COMMANDE --help` décrit chaque commande.</translation>
    </message>
    <message>
        <source>global options</source>
        <translation>options globales</translation>
    </message>
    <message>
        <source>keep the database, backups and log in DIR</source>
        <translation>garder la base de données, les sauvegardes et le journal dans DIR</translation>
    </message>
    <message>
        <source>use another content folder (slides/, quizzes/, assets/); remembered by `present` and `quiz` for next time</source>
        <translation>utiliser un autre dossier de contenu (slides/, quizzes/, assets/)&#xa0;; `present` et `quiz` s’en souviennent pour la prochaine fois</translation>
    </message>
    <message>
        <source>use the deck that came with the app (and forget a remembered --deck)</source>
        <translation>utiliser le contenu fourni avec l’application (et oublier un --deck mémorisé)</translation>
    </message>
    <message>
        <source>the language of the interface (default: the system&apos;s)</source>
        <translation>la langue de l’interface (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>Teach-in: present the deck, run quizzes on shared laptops, gather results. With no command, opens the deck (the one last used, else the built-in one).</source>
        <translation>Teach-in&#xa0;: présenter le contenu, faire passer des quiz sur des ordinateurs partagés, rassembler les résultats. Sans commande, ouvre le contenu (le dernier utilisé, sinon celui fourni).</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>headless check of this installation; exit 0 if ok</source>
        <translation>vérifier cette installation sans écran&#xa0;; code de sortie 0 si tout va bien</translation>
    </message>
    <message>
        <source>presenter console + audience window</source>
        <translation>console de présentation + fenêtre pour le public</translation>
    </message>
    <message>
        <source>the deck to present (remembered)</source>
        <translation>le contenu à présenter (mémorisé)</translation>
    </message>
    <message>
        <source>start on slide N</source>
        <translation>commencer à la diapositive N</translation>
    </message>
    <message>
        <source>use the high-contrast theme</source>
        <translation>utiliser le thème à contraste élevé</translation>
    </message>
    <message>
        <source>participant kiosk on this laptop</source>
        <translation>borne de quiz pour les participants sur cet ordinateur</translation>
    </message>
    <message>
        <source>quiz name (file stem in quizzes/)</source>
        <translation>nom du quiz (nom du fichier dans quizzes/, sans extension)</translation>
    </message>
    <message>
        <source>not full screen (for testing)</source>
        <translation>pas en plein écran (pour les essais)</translation>
    </message>
    <message>
        <source>send every answer on to the presenter&apos;s live room at ADDRESS (host:port) as it is given; it is saved on this laptop first, as always</source>
        <translation>transmettre chaque réponse, dès qu’elle est donnée, à la salle en direct du présentateur à ADDRESS (hôte:port)&#xa0;; elle est d’abord enregistrée sur cet ordinateur, comme toujours</translation>
    </message>
    <message>
        <source>the live room&apos;s code (with --room)</source>
        <translation>le code de la salle en direct (avec --room)</translation>
    </message>
    <message>
        <source>validate content: path:line: message per problem</source>
        <translation>vérifier le contenu&#xa0;: chemin:ligne: message pour chaque problème</translation>
    </message>
    <message>
        <source>one line per slide</source>
        <translation>une ligne par diapositive</translation>
    </message>
    <message>
        <source>render what the audience sees to a PNG</source>
        <translation>enregistrer ce que voit le public dans une image PNG</translation>
    </message>
    <message>
        <source>slide number (1-based)</source>
        <translation>numéro de la diapositive (à partir de 1)</translation>
    </message>
    <message>
        <source>reveal step (1-based)</source>
        <translation>étape d’affichage (à partir de 1)</translation>
    </message>
    <message>
        <source>write a printable PDF of the deck</source>
        <translation>écrire un PDF imprimable du contenu</translation>
    </message>
    <message>
        <source>slide and speaker notes per page</source>
        <translation>diapositive et notes de l’orateur sur chaque page</translation>
    </message>
    <message>
        <source>see, export, bundle and merge results</source>
        <translation>voir, exporter, regrouper et fusionner les résultats</translation>
    </message>
    <message>
        <source>write a workshop report (PDF) from the results</source>
        <translation>écrire un compte rendu de l’atelier (PDF) à partir des résultats</translation>
    </message>
    <message>
        <source>name the participants</source>
        <translation>nommer les participants</translation>
    </message>
    <message>
        <source>the workshop&apos;s date (kept for next time)</source>
        <translation>la date de l’atelier (gardée pour la prochaine fois)</translation>
    </message>
    <message>
        <source>the workshop&apos;s place (kept for next time)</source>
        <translation>le lieu de l’atelier (gardé pour la prochaine fois)</translation>
    </message>
    <message>
        <source>set the kiosk&apos;s facilitator PIN (typed twice, unseen)</source>
        <translation>définir le code PIN de l’animateur pour la borne (tapé deux fois, masqué)</translation>
    </message>
    <message>
        <source>the results in words: per quiz, question, person</source>
        <translation>les résultats en mots&#xa0;: par quiz, question, personne</translation>
    </message>
    <message>
        <source>only this quiz (file stem)</source>
        <translation>seulement ce quiz (nom du fichier sans extension)</translation>
    </message>
    <message>
        <source>least share right first</source>
        <translation>les moins réussies d’abord</translation>
    </message>
    <message>
        <source>every answer as CSV for a spreadsheet (no OUT: standard output)</source>
        <translation>toutes les réponses en CSV pour un tableur (sans OUT&#xa0;: sortie standard)</translation>
    </message>
    <message>
        <source>one row per participant and quiz</source>
        <translation>une ligne par participant et par quiz</translation>
    </message>
    <message>
        <source>this laptop&apos;s results as one file to carry</source>
        <translation>les résultats de cet ordinateur en un seul fichier à emporter</translation>
    </message>
    <message>
        <source>add other laptops&apos; bundles to this database</source>
        <translation>ajouter les lots d’autres ordinateurs à cette base</translation>
    </message>
    <message>
        <source>quiz: --room ADDRESS and --code CODE go together</source>
        <translation>quiz&#xa0;: --room ADDRESS et --code CODE vont ensemble</translation>
    </message>
    <message>
        <source>check a Moodle GIFT file and copy it in</source>
        <translation>vérifier un fichier GIFT de Moodle et le copier dans le contenu</translation>
    </message>
    <message>
        <source>copy into DECK_DIR/quizzes/</source>
        <translation>copier dans DECK_DIR/quizzes/</translation>
    </message>
    <message>
        <source>copy the built-in deck into a folder you can edit</source>
        <translation>copier le contenu fourni dans un dossier modifiable</translation>
    </message>
    <message>
        <source>Copy the built-in deck (slides/, quizzes/, assets/) into DIR, which must be new or empty. Then `teachin present DIR` shows it, reloading as you edit, and remembers it; `teachin --builtin-deck` goes back to the built-in deck.</source>
        <translation>Copie le contenu fourni (slides/, quizzes/, assets/) dans DIR, qui doit être nouveau ou vide. Ensuite, `teachin present DIR` l’affiche, le recharge à chaque modification et s’en souvient&#xa0;; `teachin --builtin-deck` revient au contenu fourni.</translation>
    </message>
    <message>
        <source>open a live room for phones on the LAN</source>
        <translation>ouvrir une salle en direct pour les téléphones du réseau local</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>empty file: expected a header year,value,unit,source</source>
        <translation>fichier vide&#xa0;: une ligne d’en-tête year,value,unit,source est attendue</translation>
    </message>
    <message>
        <source>not a readable CSV: {error}</source>
        <translation>pas un CSV lisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>missing column(s): {names}</source>
        <translation>colonne(s) manquante(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>column(s) named twice: {names}</source>
        <translation>colonne(s) présente(s) deux fois&#xa0;: {names}</translation>
    </message>
    <message>
        <source>not a readable CSV row: {error}</source>
        <translation>ligne CSV illisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>aucune ligne de données sous l’en-tête</translation>
    </message>
    <message>
        <source>no slides/ folder in this deck</source>
        <translation>pas de dossier slides/ dans ce contenu</translation>
    </message>
    <message>
        <source>order number {order} is also used by {name}</source>
        <translation>le numéro d’ordre {order} est aussi utilisé par {name}</translation>
    </message>
    <message>
        <source>unknown quiz &apos;{name}&apos; (quizzes: {known})</source>
        <translation>quiz inconnu «&#xa0;{name}&#xa0;» (quiz existants&#xa0;: {known})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>slide {number} ({title!r}): the {where} shows {found!r}; name the publisher, dataset and edition on the slide and keep how the digits were obtained in the notes or in the CSV&apos;s note column</source>
        <translation>diapositive {number} ({title!r})&#xa0;: {where} affiche {found!r}&#xa0;; nommez l’éditeur, le jeu de données et l’édition sur la diapositive, et notez comment les chiffres ont été obtenus dans les notes ou dans la colonne note du CSV</translation>
    </message>
    <message>
        <source>the ::name:: is not closed: add :: after the name</source>
        <translation>le&#xa0;::nom:: n’est pas fermé&#xa0;: ajoutez&#xa0;:: après le nom</translation>
    </message>
    <message>
        <source>the ::name:: is empty</source>
        <translation>le&#xa0;::nom:: est vide</translation>
    </message>
    <message>
        <source>@{marker} needs answers in {{...}}</source>
        <translation>@{marker} demande des réponses entre {{...}}</translation>
    </message>
    <message>
        <source>the { is never closed with }</source>
        <translation>le { n’est jamais fermé par }</translation>
    </message>
    <message>
        <source>a } with no { before it (escape it as \})</source>
        <translation>un } sans { avant lui (échappez-le ainsi&#xa0;: \})</translation>
    </message>
    <message>
        <source>the { is never closed with } before the next {</source>
        <translation>le { n’est pas fermé par } avant le { suivant</translation>
    </message>
    <message>
        <source>a second {…} in one question: escape a literal brace as \{ and \}, or leave a blank line between two questions</source>
        <translation>un deuxième {…} dans une même question&#xa0;: échappez une accolade littérale en \{ et \}, ou laissez une ligne vide entre deux questions</translation>
    </message>
    <message>
        <source>text {tail!r} after }} makes this a fill-in-the-blank question</source>
        <translation>le texte {tail!r} après }} fait de cette question un texte à trous</translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation>la question n’a pas de texte</translation>
    </message>
    <message>
        <source>{name!r} is {kind} here but {other_kind} in {file}: pre/post pairs must match</source>
        <translation>{name!r} est {kind} ici mais {other_kind} dans {file}&#xa0;: les paires pre/post doivent correspondre</translation>
    </message>
    <message>
        <source>{name!r} has other options than in {file}: pre/post pairs must match</source>
        <translation>{name!r} a d’autres choix que dans {file}&#xa0;: les paires pre/post doivent correspondre</translation>
    </message>
    <message>
        <source>front matter needs a &apos;title: ...&apos; line</source>
        <translation>l’en-tête doit avoir une ligne &apos;title: ...&apos;</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>module has no slides</source>
        <translation>le module n’a aucune diapositive</translation>
    </message>
    <message>
        <source>missing front matter: start the file with &apos;---&apos;, &apos;title: ...&apos;, &apos;minutes: ...&apos;, &apos;---&apos;</source>
        <translation>en-tête manquant&#xa0;: commencez le fichier par &apos;---&apos;, &apos;title: ...&apos;, &apos;minutes: ...&apos;, &apos;---&apos;</translation>
    </message>
    <message>
        <source>front matter line is not &apos;key: value&apos;: {quoted}</source>
        <translation>ligne d’en-tête qui n’est pas de la forme &apos;clé: valeur&apos;&#xa0;: {quoted}</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;{pair}&apos; (expected {names})</source>
        <translation>clé d’en-tête inconnue «&#xa0;{pair}&#xa0;» (attendu&#xa0;: {names})</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is set twice (first on line {first})</source>
        <translation>«&#xa0;{pair}&#xa0;» est défini deux fois (d’abord à la ligne {first})</translation>
    </message>
    <message>
        <source>minutes must be a whole number from 1 to {MAX_MINUTES}, not {quoted}</source>
        <translation>minutes doit être un nombre entier de 1 à {MAX_MINUTES}, pas {quoted}</translation>
    </message>
    <message>
        <source>this {marker} fence is not closed: add a {marker} line</source>
        <translation>ce bloc {marker} n’est pas fermé&#xa0;: ajoutez une ligne {marker}</translation>
    </message>
    <message>
        <source>{kind} block line is not &apos;key: value&apos;: {quoted}</source>
        <translation>ligne du bloc {kind} qui n’est pas de la forme &apos;clé: valeur&apos;&#xa0;: {quoted}</translation>
    </message>
    <message>
        <source>&apos;::: {shown}&apos; is not closed: add a &apos;:::&apos; line</source>
        <translation>&apos;::: {shown}&apos; n’est pas fermé&#xa0;: ajoutez une ligne &apos;:::&apos;</translation>
    </message>
    <message>
        <source>unknown directive &apos;::: {shown}&apos; (expected {names})</source>
        <translation>directive inconnue &apos;::: {shown}&apos; (attendu&#xa0;: {names})</translation>
    </message>
    <message>
        <source>front matter is not closed: add a &apos;---&apos; line after it</source>
        <translation>l’en-tête n’est pas fermé&#xa0;: ajoutez une ligne &apos;---&apos; après lui</translation>
    </message>
    <message>
        <source>front matter needs a &apos;minutes: N&apos; line</source>
        <translation>l’en-tête doit avoir une ligne &apos;minutes: N&apos;</translation>
    </message>
    <message>
        <source>slide has no title: start it with a &apos;# Title&apos; line</source>
        <translation>la diapositive n’a pas de titre&#xa0;: commencez-la par une ligne &apos;# Titre&apos;</translation>
    </message>
    <message>
        <source>&apos;. . .&apos; at the end of the slide reveals nothing</source>
        <translation>&apos;. . .&apos; à la fin de la diapositive ne dévoile rien</translation>
    </message>
    <message>
        <source>```{kind} block is not closed: add a ``` line</source>
        <translation>le bloc ```{kind} n’est pas fermé&#xa0;: ajoutez une ligne ```</translation>
    </message>
    <message>
        <source>chart block needs &apos;kind: ...&apos;</source>
        <translation>le bloc chart doit avoir &apos;kind: ...&apos;</translation>
    </message>
    <message>
        <source>unknown quiz block key &apos;{key}&apos; (expected {names})</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» dans le bloc quiz (attendu&#xa0;: {names})</translation>
    </message>
    <message>
        <source>quiz block needs &apos;quiz: NAME&apos;</source>
        <translation>le bloc quiz doit avoir &apos;quiz: NOM&apos;</translation>
    </message>
    <message>
        <source>&apos;:::&apos; here closes nothing</source>
        <translation>&apos;:::&apos; ici ne ferme rien</translation>
    </message>
    <message>
        <source>a {kind} chart needs &apos;{key}: ...&apos;</source>
        <translation>un graphique {kind} demande &apos;{key}: ...&apos;</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;{kind}&apos;</source>
        <translation>type de graphique inconnu «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>; did you mean {names}?</source>
        <translation>&#xa0;; vouliez-vous dire {names}&#xa0;?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has no usable rows (see the problems in {where})</source>
        <translation>la série «&#xa0;{name}&#xa0;» n’a aucune ligne utilisable (voir les problèmes dans {where})</translation>
    </message>
    <message>
        <source>&apos;labels&apos; names {count} item(s) but the chart has {expected}</source>
        <translation>&apos;labels&apos; nomme {count} élément(s) mais le graphique en a {expected}</translation>
    </message>
    <message>
        <source>{what} mixes units ({names}): one chart, one unit</source>
        <translation>{what} mélange les unités ({names})&#xa0;: un graphique, une unité</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has no row for {year} (years: {years})</source>
        <translation>la série «&#xa0;{name}&#xa0;» n’a pas de ligne pour {year} (années&#xa0;: {years})</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has {count} rows for {year}: use a bars chart</source>
        <translation>la série «&#xa0;{name}&#xa0;» a {count} lignes pour {year}&#xa0;: utilisez un graphique bars</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has {count} rows named &apos;{key}&apos;</source>
        <translation>la série «&#xa0;{name}&#xa0;» a {count} lignes nommées «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>unknown chart kind {quoted} (kinds: {names})</source>
        <translation>type de graphique inconnu {quoted} (types&#xa0;: {names})</translation>
    </message>
    <message>
        <source>unknown series &apos;{shown}&apos; (no assets/data/{shown}.csv{hint})</source>
        <translation>série inconnue «&#xa0;{shown}&#xa0;» (pas de assets/data/{shown}.csv{hint})</translation>
    </message>
    <message>
        <source>&apos;{key}: {shortened}&apos; is not a whole year</source>
        <translation>&apos;{key}: {shortened}&apos; n’est pas une année entière</translation>
    </message>
    <message>
        <source>this {kind} chart names no series, years or items to show</source>
        <translation>ce graphique {kind} ne nomme aucune série, année ou élément à montrer</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has categories ({columns}): use a bars chart</source>
        <translation>la série «&#xa0;{name}&#xa0;» a des catégories ({columns})&#xa0;: utilisez un graphique bars</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has fewer than two rows in the years chosen</source>
        <translation>la série «&#xa0;{name}&#xa0;» a moins de deux lignes dans les années choisies</translation>
    </message>
    <message>
        <source>a bars chart takes one series (use grouped-bars to compare several)</source>
        <translation>un graphique bars prend une seule série (utilisez grouped-bars pour en comparer plusieurs)</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has no rows for {year}</source>
        <translation>la série «&#xa0;{name}&#xa0;» n’a aucune ligne pour {year}</translation>
    </message>
    <message>
        <source>series &apos;{name}&apos; has no column &apos;{column}&apos; (columns: {columns})</source>
        <translation>la série «&#xa0;{name}&#xa0;» n’a pas de colonne «&#xa0;{column}&#xa0;» (colonnes&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; repeats within the rows shown: pick one year with &apos;year:&apos;</source>
        <translation>«&#xa0;{column}&#xa0;» se répète dans les lignes affichées&#xa0;: choisissez une année avec &apos;year:&apos;</translation>
    </message>
    <message>
        <source>item &apos;{item}&apos; should be series:KEY (a year or a metric)</source>
        <translation>l’élément «&#xa0;{item}&#xa0;» doit être de la forme série:CLÉ (une année ou une mesure)</translation>
    </message>
    <message>
        <source>a magnitude chart compares at least two items</source>
        <translation>un graphique magnitude compare au moins deux éléments</translation>
    </message>
    <message>
        <source>&apos;slider: {value}&apos; should be &apos;NAME, MIN..MAX %&apos;</source>
        <translation>&apos;slider: {value}&apos; doit être de la forme &apos;NOM, MIN..MAX %&apos;</translation>
    </message>
    <message>
        <source>slider range {low:g}..{high:g} is empty: MIN must be below MAX</source>
        <translation>la plage du curseur {low:g}..{high:g} est vide&#xa0;: MIN doit être inférieur à MAX</translation>
    </message>
    <message>
        <source>&apos;at: {value}&apos; is not a number</source>
        <translation>&apos;at: {value}&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;at: {at:g}&apos; is outside the slider range {low:g}..{high:g}</source>
        <translation>&apos;at: {at:g}&apos; est hors de la plage du curseur {low:g}..{high:g}</translation>
    </message>
    <message>
        <source>unknown quiz &apos;{quiz_name}&apos; (quizzes: {known})</source>
        <translation>quiz inconnu «&#xa0;{quiz_name}&#xa0;» (quiz existants&#xa0;: {known})</translation>
    </message>
    <message>
        <source>quiz &apos;{quiz_name}&apos; has no question &apos;{question}&apos;</source>
        <translation>le quiz «&#xa0;{quiz_name}&#xa0;» n’a pas de question «&#xa0;{question}&#xa0;»</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {kind}: a room chart shows {kinds}</source>
        <translation>la question «&#xa0;{question}&#xa0;» est de type {kind}&#xa0;: un graphique de salle montre {kinds}</translation>
    </message>
    <message>
        <source>@poll needs choices written ~option ~option</source>
        <translation>@poll demande des choix écrits ~choix ~choix</translation>
    </message>
    <message>
        <source>{{{answer}}} is a short answer; for true/false write TRUE or FALSE</source>
        <translation>{{{answer}}} est une réponse courte&#xa0;; pour vrai/faux, écrivez TRUE ou FALSE</translation>
    </message>
    <message>
        <source>a weight needs two % signs, e.g. %50%</source>
        <translation>un poids demande deux signes %, par exemple %50%</translation>
    </message>
    <message>
        <source>bad weight %{shortened}%: write a number from -100 to 100</source>
        <translation>poids incorrect %{shortened}%&#xa0;: écrivez un nombre de -100 à 100</translation>
    </message>
    <message>
        <source>weight %{shortened}% is over 100%</source>
        <translation>le poids %{shortened}% dépasse 100 %</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>une réponse est vide</translation>
    </message>
    <message>
        <source>text before the first ~ or =: {field_text!r}</source>
        <translation>du texte avant le premier ~ ou =&#xa0;: {field_text!r}</translation>
    </message>
    <message>
        <source>a weight after = is ignored by GIFT: write ~%50%answer</source>
        <translation>GIFT ignore un poids après =&#xa0;: écrivez ~%50%réponse</translation>
    </message>
    <message>
        <source>an = in feedback starts another right answer: write \= to show =</source>
        <translation>un = dans un commentaire commence une autre bonne réponse&#xa0;: écrivez \= pour afficher =</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>une question à choix demande au moins deux choix</translation>
    </message>
    <message>
        <source>a poll has no right answer: use ~ and no %weights%</source>
        <translation>un sondage n’a pas de bonne réponse&#xa0;: utilisez ~ et aucun %poids%</translation>
    </message>
    <message>
        <source>no option earns credit (add = or %weights%, or @poll for a poll)</source>
        <translation>aucun choix ne rapporte de points (ajoutez = ou des %poids%, ou @poll pour un sondage)</translation>
    </message>
    <message>
        <source>positive weights add up to {value:g}%, not 100%</source>
        <translation>les poids positifs totalisent {value:g} %, pas 100 %</translation>
    </message>
    <message>
        <source>ticking every option scores full marks: give wrong options negative weights</source>
        <translation>cocher tous les choix donne tous les points&#xa0;: donnez des poids négatifs aux mauvais choix</translation>
    </message>
    <message>
        <source>a short-answer question needs an accepted answer</source>
        <translation>une question à réponse courte demande une réponse acceptée</translation>
    </message>
    <message>
        <source>no accepted answer earns credit</source>
        <translation>aucune réponse acceptée ne rapporte de points</translation>
    </message>
    <message>
        <source>a numeric question needs an answer, e.g. {#42:2}</source>
        <translation>une question numérique demande une réponse, par exemple {#42:2}</translation>
    </message>
    <message>
        <source>range {shortened} runs backwards: write the smaller number first</source>
        <translation>la plage {shortened} est à l’envers&#xa0;: écrivez d’abord le plus petit nombre</translation>
    </message>
    <message>
        <source>bad tolerance {quoted} in {quoted2}</source>
        <translation>tolérance incorrecte {quoted} dans {quoted2}</translation>
    </message>
    <message>
        <source>not a {what}: {quoted} (use . for decimals, no units)</source>
        <translation>{what} non valable&#xa0;: {quoted} (utilisez . pour les décimales, sans unité)</translation>
    </message>
    <message>
        <source>{what} {quoted} is too large: keep within ±1e100</source>
        <translation>{what} {quoted} est trop grand&#xa0;: restez dans ±1e100</translation>
    </message>
    <message>
        <source>each matching pair is written =left -&gt; right</source>
        <translation>chaque paire s’écrit =gauche -&gt; droite</translation>
    </message>
    <message>
        <source>a matching pair has nothing after -&gt;</source>
        <translation>une paire n’a rien après -&gt;</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs</source>
        <translation>une question d’association demande au moins deux paires</translation>
    </message>
    <message>
        <source>Moodle&apos;s documentation asks for at least three matching pairs</source>
        <translation>la documentation de Moodle demande au moins trois paires</translation>
    </message>
    <message>
        <source>two matching pairs have the same left side</source>
        <translation>deux paires ont le même côté gauche</translation>
    </message>
    <message>
        <source>write each item to order as =item, in the right order</source>
        <translation>écrivez chaque élément à ordonner sous la forme =élément, dans le bon ordre</translation>
    </message>
    <message>
        <source>items to order take no weights or feedback</source>
        <translation>les éléments à ordonner ne prennent ni poids ni commentaire</translation>
    </message>
    <message>
        <source>an item to order is empty</source>
        <translation>un élément à ordonner est vide</translation>
    </message>
    <message>
        <source>an ordering question needs at least two items</source>
        <translation>une question de classement demande au moins deux éléments</translation>
    </message>
    <message>
        <source>two items to order have the same text</source>
        <translation>deux éléments à ordonner ont le même texte</translation>
    </message>
    <message>
        <source>cannot read the file: it does not exist</source>
        <translation>impossible de lire le fichier&#xa0;: il n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: not a regular file</source>
        <translation>impossible de lire le fichier&#xa0;: ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read the file: {value}</source>
        <translation>impossible de lire le fichier&#xa0;: {value}</translation>
    </message>
    <message>
        <source>too large: a content file is at most 8 MB</source>
        <translation>trop gros&#xa0;: un fichier de contenu fait au plus 8 Mo</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte:02x}, {reason}); save it as UTF-8</source>
        <translation>texte non UTF-8 (octet 0x{byte:02x}, {reason})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Start Teach-in from the laptop&apos;s own desktop session (not over SSH; `ssh -X` forwards windows but is too slow to present). To check an installation without a screen: QT_QPA_PLATFORM=offscreen teachin --self-test</source>
        <translation>Lancez Teach-in depuis la session de bureau de l’ordinateur lui-même (pas par SSH&#xa0;; `ssh -X` transmet les fenêtres mais trop lentement pour présenter). Pour vérifier une installation sans écran&#xa0;: QT_QPA_PLATFORM=offscreen teachin --self-test</translation>
    </message>
    <message>
        <source>No screen to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Aucun écran où ouvrir une fenêtre&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY ne sont définis.</translation>
    </message>
    <message>
        <source>Qt&apos;s X11 screen plugin cannot load: this system lacks {libraries}. Install (Debian/Ubuntu): sudo apt-get install {packages} (all Qt needs: sudo apt-get install {all_packages})</source>
        <translation>Le module d’écran X11 de Qt ne peut pas se charger&#xa0;: il manque {libraries} sur ce système. Installation (Debian/Ubuntu)&#xa0;: sudo apt-get install {packages} (tout ce dont Qt a besoin&#xa0;: sudo apt-get install {all_packages})</translation>
    </message>
    <message>
        <source>Cannot open the X11 display {display!r}: no X server answers there.</source>
        <translation>Impossible d’ouvrir l’affichage X11 {display!r}&#xa0;: aucun serveur X n’y répond.</translation>
    </message>
</context>
<context>
    <name>gift_import</name>
    <message>
        <source>no questions: each needs its answers in { } (is it a GIFT file?)</source>
        <translation>aucune question&#xa0;: chacune a besoin de ses réponses entre { } (est-ce bien un fichier GIFT&#xa0;?)</translation>
    </message>
    <message>
        <source>no questions</source>
        <translation>aucune question</translation>
    </message>
    <message>
        <source>{file}: {count} questions ({summary}), mode {mode}</source>
        <translation>{file}: {count} questions ({summary}), mode {mode}</translation>
    </message>
    <message>
        <source>not copied: fix the {count} error(s) above first</source>
        <translation>non copié&#xa0;: corrigez d’abord les erreurs ci-dessus ({count})</translation>
    </message>
    <message>
        <source>checked only: give --into DECK_DIR to copy it into a deck</source>
        <translation>vérifié seulement&#xa0;: indiquez --into DECK_DIR pour le copier dans un contenu</translation>
    </message>
    <message>
        <source>{file} is already the same</source>
        <translation>{file} est déjà identique</translation>
    </message>
    <message>
        <source>not copied: {file} exists and differs; rename {name} or remove it</source>
        <translation>non copié&#xa0;: {file} existe et diffère&#xa0;; renommez {name} ou supprimez-le</translation>
    </message>
    <message>
        <source>not copied: it clashes with the deck&apos;s pre/post quiz</source>
        <translation>non copié&#xa0;: il entre en conflit avec le quiz pre/post du contenu</translation>
    </message>
    <message>
        <source>copied to {file}</source>
        <translation>copié dans {file}</translation>
    </message>
    <message>
        <source>not UTF-8; read as Windows-1252, saved as UTF-8</source>
        <translation>pas en UTF-8&#xa0;; lu comme Windows-1252, enregistré en UTF-8</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>teachin handout: {deck}: the deck has no slides</source>
        <translation>teachin handout&#xa0;: {deck}&#xa0;: la présentation n’a aucune diapositive</translation>
    </message>
    <message>
        <source>teachin handout: {out}: {error}; no PDF written</source>
        <translation>teachin handout&#xa0;: {out}&#xa0;: {error}&#xa0;; aucun PDF écrit</translation>
    </message>
    <message>
        <source>{out}: {slides} slides on {pages} pages with speaker notes</source>
        <translation>{out}&#xa0;: {slides} diapositives sur {pages} pages, avec les notes du présentateur</translation>
    </message>
    <message>
        <source>{out}: {slides} slides on {pages} pages</source>
        <translation>{out}&#xa0;: {slides} diapositives sur {pages} pages</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>no such folder {folder}</source>
        <translation>dossier introuvable&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason})</source>
        <translation>impossible d’écrire dans {folder} ({reason})</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>le PDF est sorti vide</translation>
    </message>
    <message>
        <source>cannot write it ({reason})</source>
        <translation>impossible de l’écrire ({reason})</translation>
    </message>
    <message>
        <source>Qt could not start the PDF</source>
        <translation>Qt n’a pas pu commencer le PDF</translation>
    </message>
    <message>
        <source>Qt could not finish the PDF</source>
        <translation>Qt n’a pas pu terminer le PDF</translation>
    </message>
    <message>
        <source>{label}  ·  notes continued</source>
        <translation>{label}  ·  suite des notes</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Right  Down  PgDn  Space</source>
        <translation>Droite  Bas  Pg suiv  Espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Left  Up  PgUp</source>
        <translation>Gauche  Haut  Pg préc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Ctrl+Down  Ctrl+PgDn</source>
        <translation>Ctrl+Bas  Ctrl+Pg suiv</translation>
    </message>
    <message>
        <source>Ctrl+Up  Ctrl+PgUp</source>
        <translation>Ctrl+Haut  Ctrl+Pg préc</translation>
    </message>
    <message>
        <source>Arrows  Home  End  Enter</source>
        <translation>Flèches  Début  Fin  Entrée</translation>
    </message>
    <message>
        <source>In the overview: move; Enter, Space or a click shows that slide</source>
        <translation>Dans la vue d’ensemble&#xa0;: se déplacer&#xa0;; Entrée, Espace ou un clic affiche cette diapositive</translation>
    </message>
    <message>
        <source>Keys  (Esc or ? closes)</source>
        <translation>Touches  (Échap ou ? pour fermer)</translation>
    </message>
</context>
<context>
    <name>new_deck</name>
    <message>
        <source>{folder}: is a file; name a new folder</source>
        <translation>{folder}: c’est un fichier&#xa0;; indiquez un nouveau dossier</translation>
    </message>
    <message>
        <source>{folder}: the folder is not empty; name a new or empty folder (nothing was copied, nothing in it was changed)</source>
        <translation>{folder}: le dossier n’est pas vide&#xa0;; indiquez un dossier nouveau ou vide (rien n’a été copié, rien n’y a été modifié)</translation>
    </message>
    <message>
        <source>{folder}: is inside the built-in deck; name a folder elsewhere</source>
        <translation>{folder}: se trouve dans le contenu fourni&#xa0;; indiquez un dossier ailleurs</translation>
    </message>
    <message>
        <source>copied the built-in deck to {folder}
edit it, check it with: teachin check {folder}
present it with:        teachin present {folder}   (remembered for next time)
back to the built-in deck: teachin --builtin-deck</source>
        <translation>contenu fourni copié dans {folder}
modifiez-le, vérifiez-le avec&#xa0;: teachin check {folder}
présentez-le avec&#xa0;:          teachin present {folder}   (mémorisé pour la prochaine fois)
retour au contenu fourni&#xa0;:   teachin --builtin-deck</translation>
    </message>
</context>
<context>
    <name>pairing</name>
    <message>
        <source>core question {name!r} is {kind} here but {pre_kind}</source>
        <translation>la question centrale {name!r} est de type {kind} ici mais {pre_kind}</translation>
    </message>
    <message>
        <source>core question {name!r} has other options than in {pre}</source>
        <translation>la question centrale {name!r} a d’autres options que dans {pre}</translation>
    </message>
    <message>
        <source>{message} in {file}</source>
        <translation>{message} dans {file}</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>--size {size!r}: expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size {size!r}&#xa0;: attendu LARGEURxHAUTEUR, par exemple 1920x1080</translation>
    </message>
    <message>
        <source>{folder}: the deck has no slides</source>
        <translation>{folder}: le contenu n’a aucune diapositive</translation>
    </message>
    <message>
        <source>--slide {number}: the deck has slides 1 to {last}</source>
        <translation>--slide {number}&#xa0;: le contenu a les diapositives 1 à {last}</translation>
    </message>
    <message>
        <source>--step {step}: slide {number} ({title!r}) has steps 1 to {last}</source>
        <translation>--step {step}&#xa0;: la diapositive {number} ({title!r}) a les étapes 1 à {last}</translation>
    </message>
    <message>
        <source>--out {file}: name a .png (or .jpg) file; {suffix!r} is no image type</source>
        <translation>--out {file}&#xa0;: indiquez un fichier .png (ou .jpg)&#xa0;; {suffix!r} n’est pas un type d’image</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>not allowed, or the disk is full</source>
        <translation>interdit, ou le disque est plein</translation>
    </message>
    <message>
        <source>{file}: could not write the image ({reason})</source>
        <translation>{file}: impossible d’écrire l’image ({reason})</translation>
    </message>
    <message>
        <source>{file}: slide {number}/{slides} {title!r}, step {step}/{steps}, {width}x{height}</source>
        <translation>{file}: diapositive {number}/{slides} {title!r}, étape {step}/{steps}, {width}x{height}</translation>
    </message>
    <message>
        <source>warning: slide {number}: {problem}</source>
        <translation>attention&#xa0;: diapositive {number}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>teachin results: the data folder {folder} is a file, not a folder</source>
        <translation>teachin results&#xa0;: le dossier de données {folder} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>No answers yet. (There is no results database at {path}.)</source>
        <translation>Pas encore de réponses. (Il n’y a pas de base de résultats à {path}.)</translation>
    </message>
    <message>
        <source>teachin results: {error}</source>
        <translation>teachin results&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Results in {path} ({count} laptop(s))</source>
        <translation>Résultats dans {path} ({count} ordinateur(s))</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <source>No answers yet for quiz {quiz}.</source>
        <translation>Pas encore de réponses au quiz {quiz}.</translation>
    </message>
    <message>
        <source> (not in this deck)</source>
        <translation> (absent de cette présentation)</translation>
    </message>
    <message>
        <source>Quiz {name}{title}: {people} people took part, {attempts} attempt(s), {finished} finished</source>
        <translation>Quiz {name}{title}&#xa0;: {people} personnes ont participé, {attempts} tentative(s), {finished} terminée(s)</translation>
    </message>
    <message>
        <source>Hardest first (least share right first):</source>
        <translation>Les plus difficiles d’abord (la plus faible part de justes en premier)&#xa0;:</translation>
    </message>
    <message>
        <source> · {share} right</source>
        <translation> · {share} justes</translation>
    </message>
    <message>
        <source> (right: {answers})</source>
        <translation> (juste&#xa0;: {answers})</translation>
    </message>
    <message>
        <source>{count} answered</source>
        <translation>{count} ont répondu</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>What moved, {pre} -&gt; {post} (the core questions both ask):</source>
        <translation>Ce qui a changé, {pre} -&gt; {post} (les questions centrales posées par les deux)&#xa0;:</translation>
    </message>
    <message>
        <source>Overall, every core question</source>
        <translation>Au total, toutes les questions centrales</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>who took both</source>
        <translation>ayant fait les deux</translation>
    </message>
    <message>
        <source>(1 person)</source>
        <translation>(1 personne)</translation>
    </message>
    <message>
        <source>({count} people)</source>
        <translation>({count} personnes)</translation>
    </message>
    <message>
        <source>{share} right {who}</source>
        <translation>{share} justes {who}</translation>
    </message>
    <message>
        <source>most said {answer} {who}</source>
        <translation>le plus souvent {answer} {who}</translation>
    </message>
    <message>
        <source>no answers {who}</source>
        <translation>aucune réponse {who}</translation>
    </message>
    <message>
        <source>teachin results: cannot write {target}: {reason}</source>
        <translation>teachin results&#xa0;: impossible d’écrire {target}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>wrote {count} row(s) to {path}</source>
        <translation>{count} ligne(s) écrite(s) dans {path}</translation>
    </message>
    <message>
        <source>teachin results bundle: say where to write the bundle, a folder (e.g. a USB stick) or a file name ending in .zip</source>
        <translation>teachin results bundle&#xa0;: indiquez où écrire le lot, un dossier (par ex. une clé USB) ou un nom de fichier finissant par .zip</translation>
    </message>
    <message>
        <source>teachin results: cannot write the bundle to {where}: {reason}</source>
        <translation>teachin results&#xa0;: impossible d’écrire le lot dans {where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>NOTE: {notice}</source>
        <translation>NOTE&#xa0;: {notice}</translation>
    </message>
    <message>
        <source>ERROR: {error}</source>
        <translation>ERREUR&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>{text!r} is not a port (0 to 65535)</source>
        <translation>{text!r} n’est pas un port (0 à 65535)</translation>
    </message>
    <message>
        <source>port (default 8765; 0: any free one)</source>
        <translation>port (par défaut 8765&#xa0;; 0&#xa0;: n’importe quel port libre)</translation>
    </message>
    <message>
        <source>address to listen on (all by default)</source>
        <translation>adresse d’écoute (toutes par défaut)</translation>
    </message>
    <message>
        <source>room code (default: a new random one)</source>
        <translation>code de la salle (par défaut&#xa0;: un nouveau code au hasard)</translation>
    </message>
    <message>
        <source>quiz each phone takes at its own pace (default: pre)</source>
        <translation>quiz que chaque téléphone fait à son rythme (par défaut&#xa0;: pre)</translation>
    </message>
    <message>
        <source>one question live instead</source>
        <translation>une seule question en direct à la place</translation>
    </message>
    <message>
        <source>address to show (when the laptop has several)</source>
        <translation>adresse à afficher (quand l’ordinateur en a plusieurs)</translation>
    </message>
    <message>
        <source>no mDNS announcement</source>
        <translation>pas d’annonce mDNS</translation>
    </message>
    <message>
        <source>print the join QR code in the terminal, to scan</source>
        <translation>afficher dans le terminal le code QR pour rejoindre, à scanner</translation>
    </message>
    <message>
        <source>devices that may join (300)</source>
        <translation>nombre d’appareils pouvant rejoindre (300)</translation>
    </message>
    <message>
        <source>joins and wrong codes per network address (raise it when many phones share one address, e.g. behind a router, or for load tests on one machine)</source>
        <translation>arrivées et codes erronés par adresse réseau (à augmenter quand beaucoup de téléphones partagent une adresse, par exemple derrière un routeur, ou pour des tests de charge sur une seule machine)</translation>
    </message>
    <message>
        <source>joined {joined}, answered {answered}</source>
        <translation>arrivés {joined}, réponses {answered}</translation>
    </message>
    <message>
        <source>other addresses: {addresses} (choose one with --address)</source>
        <translation>autres adresses&#xa0;: {addresses} (en choisir une avec --address)</translation>
    </message>
    <message>
        <source>room closed</source>
        <translation>salle fermée</translation>
    </message>
    <message>
        <source>no question {question!r} in quiz {quiz!r}</source>
        <translation>pas de question {question!r} dans le quiz {quiz!r}</translation>
    </message>
    <message>
        <source>no quiz {quiz!r}; choose one of {names}</source>
        <translation>pas de quiz {quiz!r}&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>That option is not on this question.</source>
        <translation>Ce choix ne fait pas partie de cette question.</translation>
    </message>
    <message>
        <source>Choose one option.</source>
        <translation>Choisissez une seule réponse.</translation>
    </message>
    <message>
        <source>The answer must be a list of options.</source>
        <translation>La réponse doit être une liste de choix.</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Exact.</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Pas tout à fait.</translation>
    </message>
    <message>
        <source>no quiz {quiz!r}</source>
        <translation>pas de quiz {quiz!r}</translation>
    </message>
    <message>
        <source>The room is full. Ask the facilitator.</source>
        <translation>La salle est pleine. Demandez à l’animateur.</translation>
    </message>
    <message>
        <source>Someone in the room already uses “{name}”. Add something to tell you apart, for example “{name} K”.</source>
        <translation>Quelqu’un dans la salle utilise déjà «&#xa0;{name}&#xa0;». Ajoutez quelque chose pour vous distinguer, par exemple «&#xa0;{name} K&#xa0;».</translation>
    </message>
    <message>
        <source>This phone is no longer in the room: joining again.</source>
        <translation>Ce téléphone n’est plus dans la salle&#xa0;: nouvelle connexion.</translation>
    </message>
    <message>
        <source>Too many messages at once: wait a moment, then try again.</source>
        <translation>Trop de messages à la fois&#xa0;: attendez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>This part has no answer to give.</source>
        <translation>Cette partie n’attend pas de réponse.</translation>
    </message>
    <message>
        <source>The time for this quiz is up: no more answers can be given.</source>
        <translation>Le temps de ce quiz est écoulé&#xa0;: plus aucune réponse n’est acceptée.</translation>
    </message>
    <message>
        <source>This quiz is not open any more.</source>
        <translation>Ce quiz n’est plus ouvert.</translation>
    </message>
    <message>
        <source>This question is not open any more.</source>
        <translation>Cette question n’est plus ouverte.</translation>
    </message>
    <message>
        <source>“{value}” is not a number. Type digits, e.g. 250 or 2.5.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre. Tapez des chiffres, par exemple 250 ou 2,5.</translation>
    </message>
    <message>
        <source>The answer is too long (over {MAX_SHORT} characters).</source>
        <translation>La réponse est trop longue (plus de {MAX_SHORT} caractères).</translation>
    </message>
    <message>
        <source>That answer does not fit this question: {error}.</source>
        <translation>Cette réponse ne convient pas à cette question&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>A kiosk joins with its laptop&apos;s device id.</source>
        <translation>Une borne rejoint la salle avec l’identifiant de son ordinateur.</translation>
    </message>
    <message>
        <source>The batch is too large: send fewer rows at once.</source>
        <translation>Le lot est trop gros&#xa0;: envoyez moins de lignes à la fois.</translation>
    </message>
    <message>
        <source>{table} must be a list of at most {MAX_BATCH} rows.</source>
        <translation>{table} doit être une liste d’au plus {MAX_BATCH} lignes.</translation>
    </message>
    <message>
        <source>{table} must hold objects.</source>
        <translation>{table} doit contenir des objets.</translation>
    </message>
    <message>
        <source>A kiosk may forward only its own rows (its device id).</source>
        <translation>Une borne ne peut transmettre que ses propres lignes (son identifiant d’appareil).</translation>
    </message>
    <message>
        <source>{key} must be an id.</source>
        <translation>{key} doit être un identifiant.</translation>
    </message>
    <message>
        <source>{key} must be a short text.</source>
        <translation>{key} doit être un texte court.</translation>
    </message>
    <message>
        <source>{key} must be an ISO time.</source>
        <translation>{key} doit être une heure ISO.</translation>
    </message>
    <message>
        <source>response must be JSON text.</source>
        <translation>response doit être du texte JSON.</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ne convient pas</translation>
    </message>
    <message>
        <source>An answer does not fit question {question!r}.</source>
        <translation>Une réponse ne convient pas à la question {question!r}.</translation>
    </message>
    <message>
        <source>correct must be 0, 1 or null.</source>
        <translation>correct doit valoir 0, 1 ou null.</translation>
    </message>
    <message>
        <source>points must be a number from -1 to 1, or null.</source>
        <translation>points doit être un nombre de -1 à 1, ou null.</translation>
    </message>
    <message>
        <source>The message is too large (over {value} KB).</source>
        <translation>Le message est trop gros (plus de {value} Ko).</translation>
    </message>
    <message>
        <source>The message is not valid JSON.</source>
        <translation>Le message n’est pas du JSON valable.</translation>
    </message>
    <message>
        <source>The message must be a JSON object.</source>
        <translation>Le message doit être un objet JSON.</translation>
    </message>
    <message>
        <source>This phone is not in the room (no valid token): join again.</source>
        <translation>Ce téléphone n’est pas dans la salle (pas de jeton valable)&#xa0;: rejoignez-la de nouveau.</translation>
    </message>
    <message>
        <source>resume must be a short list of attempt ids.</source>
        <translation>resume doit être une courte liste d’identifiants de tentatives.</translation>
    </message>
    <message>
        <source>resume must hold attempt ids.</source>
        <translation>resume doit contenir des identifiants de tentatives.</translation>
    </message>
    <message>
        <source>seed must be 16 hex digits.</source>
        <translation>seed doit faire 16 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Please type a nickname.</source>
        <translation>Veuillez taper un surnom.</translation>
    </message>
    <message>
        <source>Please keep your nickname under {MAX_NICKNAME} characters.</source>
        <translation>Votre surnom doit faire moins de {MAX_NICKNAME} caractères.</translation>
    </message>
    <message>
        <source>Please use letters, digits and ordinary signs in your nickname.</source>
        <translation>Utilisez des lettres, des chiffres et des signes ordinaires dans votre surnom.</translation>
    </message>
    <message>
        <source>Unknown message type.</source>
        <translation>Type de message inconnu.</translation>
    </message>
    <message>
        <source>The answer has no valid id.</source>
        <translation>La réponse n’a pas d’identifiant valable.</translation>
    </message>
    <message>
        <source>The answer is too long (over {MAX_ESSAY} characters).</source>
        <translation>La réponse est trop longue (plus de {MAX_ESSAY} caractères).</translation>
    </message>
    <message>
        <source>The answer must be a short list of option numbers.</source>
        <translation>La réponse doit être une courte liste de numéros de choix.</translation>
    </message>
    <message>
        <source>The answer has the wrong shape for this question.</source>
        <translation>La réponse n’a pas la bonne forme pour cette question.</translation>
    </message>
    <message>
        <source>The message has no valid {what}.</source>
        <translation>Le message n’a pas de {what} valable.</translation>
    </message>
    <message>
        <source>the room is already open</source>
        <translation>la salle est déjà ouverte</translation>
    </message>
    <message>
        <source>the room did not open in time</source>
        <translation>la salle ne s’est pas ouverte à temps</translation>
    </message>
    <message>
        <source>the room is not open</source>
        <translation>la salle n’est pas ouverte</translation>
    </message>
    <message>
        <source>{error}. Your answer stays on your phone.</source>
        <translation>{error}. Votre réponse reste sur votre téléphone.</translation>
    </message>
    <message>
        <source>Too many tries from this device: wait a minute.</source>
        <translation>Trop d’essais depuis cet appareil&#xa0;: attendez une minute.</translation>
    </message>
    <message>
        <source>Wrong room code: check the code on the screen.</source>
        <translation>Code de salle erroné&#xa0;: vérifiez le code affiché à l’écran.</translation>
    </message>
    <message>
        <source>Too many kiosks in this room.</source>
        <translation>Trop de bornes dans cette salle.</translation>
    </message>
    <message>
        <source>This kiosk is not in the room: join again.</source>
        <translation>Cette borne n’est pas dans la salle&#xa0;: rejoignez-la de nouveau.</translation>
    </message>
    <message>
        <source>Too many batches at once: wait a moment.</source>
        <translation>Trop de lots à la fois&#xa0;: attendez un instant.</translation>
    </message>
    <message>
        <source>This phone has too many connections open.</source>
        <translation>Ce téléphone a trop de connexions ouvertes.</translation>
    </message>
    <message>
        <source>Send text messages.</source>
        <translation>Envoyez des messages texte.</translation>
    </message>
    <message>
        <source>the room&apos;s reply to joining has no token</source>
        <translation>la réponse de la salle à la connexion n’a pas de jeton</translation>
    </message>
    <message>
        <source>the room&apos;s reply is too long</source>
        <translation>la réponse de la salle est trop longue</translation>
    </message>
    <message>
        <source>the room&apos;s reply is not JSON</source>
        <translation>la réponse de la salle n’est pas du JSON</translation>
    </message>
    <message>
        <source>the room&apos;s reply is not an object</source>
        <translation>la réponse de la salle n’est pas un objet</translation>
    </message>
    <message>
        <source>the room&apos;s reply does not list the answers it holds</source>
        <translation>la réponse de la salle ne liste pas les réponses qu’elle a reçues</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Teach-in cannot start</source>
        <translation>Teach-in ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>There is no room left to write {target}. Free some space on that disk, or start Teach-in with --data-dir pointing to a folder on another disk.</source>
        <translation>Il n’y a plus de place pour écrire {target}. Libérez de l’espace sur ce disque, ou lancez Teach-in avec --data-dir vers un dossier sur un autre disque.</translation>
    </message>
    <message>
        <source>The disk is read-only</source>
        <translation>Le disque est en lecture seule</translation>
    </message>
    <message>
        <source>{target} is on a read-only disk. Start Teach-in with --data-dir pointing to a writable folder (or set TEACHIN_DATA_DIR).</source>
        <translation>{target} est sur un disque en lecture seule. Lancez Teach-in avec --data-dir vers un dossier où l’on peut écrire (ou définissez TEACHIN_DATA_DIR).</translation>
    </message>
    <message>
        <source>No permission to write</source>
        <translation>Pas le droit d’écrire</translation>
    </message>
    <message>
        <source>This user may not write {target}. Start Teach-in with --data-dir pointing to a folder you can write (or set TEACHIN_DATA_DIR).</source>
        <translation>Cet utilisateur n’a pas le droit d’écrire {target}. Lancez Teach-in avec --data-dir vers un dossier où vous pouvez écrire (ou définissez TEACHIN_DATA_DIR).</translation>
    </message>
    <message>
        <source>A file could not be used</source>
        <translation>Un fichier n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>The results database in {folder} cannot grow: {error}.</source>
        <translation>La base des résultats dans {folder} ne peut pas grandir&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The results database cannot be written</source>
        <translation>Impossible d’écrire dans la base des résultats</translation>
    </message>
    <message>
        <source>{folder}: {error}. Start Teach-in with --data-dir pointing to a writable folder.</source>
        <translation>{folder}: {error}. Lancez Teach-in avec --data-dir vers un dossier où l’on peut écrire.</translation>
    </message>
    <message>
        <source>The results database is damaged</source>
        <translation>La base des résultats est endommagée</translation>
    </message>
    <message>
        <source>{folder}: {error}. Move the file teachin.db aside (keep it for the organiser) and start again: the newest backup in that folder can be restored.</source>
        <translation>{folder}: {error}. Mettez le fichier teachin.db de côté (gardez-le pour l’organisateur) et relancez&#xa0;: la sauvegarde la plus récente de ce dossier peut être restaurée.</translation>
    </message>
    <message>
        <source>The content folder looks damaged</source>
        <translation>Le dossier de contenu semble endommagé</translation>
    </message>
    <message>
        <source>{error}. Run `teachin check` to see what is wrong, or copy the app folder again.</source>
        <translation>{error}. Lancez `teachin check` pour voir ce qui ne va pas, ou copiez de nouveau le dossier de l’application.</translation>
    </message>
    <message>
        <source>This copy of Teach-in is incomplete</source>
        <translation>Cette copie de Teach-in est incomplète</translation>
    </message>
    <message>
        <source>{error}. Copy the whole app folder again (an antivirus may have removed a file).</source>
        <translation>{error}. Copiez de nouveau tout le dossier de l’application (un antivirus a peut-être supprimé un fichier).</translation>
    </message>
    <message>
        <source>Teach-in stopped</source>
        <translation>Teach-in s’est arrêté</translation>
    </message>
    <message>
        <source>Details for the organiser: {file}</source>
        <translation>Détails pour l’organisateur&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>could not save {action}: {error}</source>
        <translation>impossible d’enregistrer {action}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>a nickname cannot be empty</source>
        <translation>un surnom ne peut pas être vide</translation>
    </message>
    <message>
        <source>could not save the answer: no attempt {attempt_id}</source>
        <translation>impossible d’enregistrer la réponse&#xa0;: pas de tentative {attempt_id}</translation>
    </message>
    <message>
        <source>{path} is open read-only</source>
        <translation>{path} est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>another Teach-in window kept the results database busy; try again</source>
        <translation>une autre fenêtre Teach-in a gardé la base des résultats occupée&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>another Teach-in process kept {path} locked; try again</source>
        <translation>un autre processus Teach-in a gardé {path} verrouillé&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>cannot open the results database {path}: {error}</source>
        <translation>impossible d’ouvrir la base des résultats {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The results database {path} is damaged ({problem}), and another Teach-in window has it open. Close every Teach-in window, then start again: the damaged file will be kept aside and the last backup restored.</source>
        <translation>La base des résultats {path} est endommagée ({problem}) et une autre fenêtre Teach-in l’a ouverte. Fermez toutes les fenêtres Teach-in, puis relancez&#xa0;: le fichier endommagé sera mis de côté et la dernière sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>no results database at {path} yet</source>
        <translation>pas encore de base des résultats dans {path}</translation>
    </message>
    <message>
        <source>cannot read {path} yet: {error}</source>
        <translation>impossible de lire {path} pour l’instant&#xa0;: {error}</translation>
    </message>
    <message>
        <source>no answers yet: {path} is empty</source>
        <translation>pas encore de réponses&#xa0;: {path} est vide</translation>
    </message>
    <message>
        <source>The results database {path} is damaged ({problem}) and has no good backup.</source>
        <translation>La base des résultats {path} est endommagée ({problem}) et n’a pas de bonne sauvegarde.</translation>
    </message>
    <message>
        <source>no answers yet: {path} holds no results</source>
        <translation>pas encore de réponses&#xa0;: {path} ne contient aucun résultat</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot save answers in {folder}: {value}. The quiz will not start, so that no answer is lost. Choose a writable folder with --data-dir.</source>
        <translation>Impossible d’enregistrer les réponses dans {folder}&#xa0;: {value}. Le quiz ne démarrera pas, pour qu’aucune réponse ne soit perdue. Choisissez un dossier où l’on peut écrire avec --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is nearly full ({value} KiB free). The quiz will not start, so that no answer is lost. Free some space or use --data-dir.</source>
        <translation>Le disque qui contient {folder} est presque plein ({value} Kio libres). Le quiz ne démarrera pas, pour qu’aucune réponse ne soit perdue. Libérez de l’espace ou utilisez --data-dir.</translation>
    </message>
    <message>
        <source>cannot use {path}: {error}</source>
        <translation>impossible d’utiliser {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path}: SQLite refused safe settings {wrong}; is the folder local?</source>
        <translation>{path}: SQLite a refusé les réglages sûrs {wrong}&#xa0;; le dossier est-il local&#xa0;?</translation>
    </message>
    <message>
        <source>cannot write a bundle to {target}: {why}</source>
        <translation>impossible d’écrire un lot dans {target}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>a file is in the way of that folder</source>
        <translation>un fichier occupe la place de ce dossier</translation>
    </message>
    <message>
        <source>the snapshot of {path} failed its check: {problem}</source>
        <translation>la copie de {path} n’a pas passé sa vérification&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (was it fully copied?)</source>
        <translation>le fichier est endommagé ou incomplet (a-t-il été copié en entier&#xa0;?)</translation>
    </message>
    <message>
        <source>not a Teach-in results bundle (not a zip file)</source>
        <translation>ce n’est pas un lot de résultats Teach-in (pas un fichier zip)</translation>
    </message>
    <message>
        <source>not a Teach-in results bundle (needs {entry})</source>
        <translation>ce n’est pas un lot de résultats Teach-in ({entry} manque)</translation>
    </message>
    <message>
        <source>not a Teach-in results bundle (its manifest is too large)</source>
        <translation>ce n’est pas un lot de résultats Teach-in (son manifeste est trop grand)</translation>
    </message>
    <message>
        <source>its results are larger than {size} MiB</source>
        <translation>ses résultats dépassent {size} Mio</translation>
    </message>
    <message>
        <source>the file is damaged ({name}: {error})</source>
        <translation>le fichier est endommagé ({name}&#xa0;: {error})</translation>
    </message>
    <message>
        <source>the results inside do not match the manifest&apos;s sha256 checksum</source>
        <translation>les résultats contenus ne correspondent pas à la somme sha256 du manifeste</translation>
    </message>
    <message>
        <source>the results database inside is damaged ({problem})</source>
        <translation>la base de résultats contenue est endommagée ({problem})</translation>
    </message>
    <message>
        <source>the results inside hold a bad row ({problem})</source>
        <translation>les résultats contenus ont une ligne invalide ({problem})</translation>
    </message>
    <message>
        <source>the merged results could not be saved: {error}</source>
        <translation>les résultats regroupés n’ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>its results disagree with this laptop&apos;s: {clash}</source>
        <translation>ses résultats contredisent ceux de cet ordinateur&#xa0;: {clash}</translation>
    </message>
    <message>
        <source>the PIN needs at least {count} characters</source>
        <translation>le code PIN doit avoir au moins {count} caractères</translation>
    </message>
    <message>
        <source>please type a name</source>
        <translation>tapez un nom, s’il vous plaît</translation>
    </message>
    <message>
        <source>the time for this quiz is up</source>
        <translation>le temps de ce quiz est écoulé</translation>
    </message>
    <message>
        <source>cannot read the results in {path}: {error}</source>
        <translation>impossible de lire les résultats dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} was written by a newer Teach-in (schema {found}, this one knows up to {known}); read it with that version</source>
        <translation>{path} a été écrit par une version plus récente de Teach-in (schéma {found}, celle-ci connaît jusqu’au {known})&#xa0;; lisez-le avec cette version</translation>
    </message>
    <message>
        <source>LockFileEx failed: Windows error {error}</source>
        <translation>échec de LockFileEx&#xa0;: erreur Windows {error}</translation>
    </message>
    <message>
        <source>UnlockFileEx failed: Windows error {error}</source>
        <translation>échec de UnlockFileEx&#xa0;: erreur Windows {error}</translation>
    </message>
</context>
</TS>
