<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>The stored value “%1” of %2 is not used: %3</source>
        <translation>Der gespeicherte Wert „%1“ von %2 wird nicht verwendet: %3</translation>
    </message>
    <message>
        <source>The time limit per call</source>
        <translation>Das Zeitlimit pro Aufruf</translation>
    </message>
    <message>
        <source>The CPU time limit</source>
        <translation>Das CPU-Zeitlimit</translation>
    </message>
    <message>
        <source>The memory limit</source>
        <translation>Das Speicherlimit</translation>
    </message>
    <message>
        <source>The process limit</source>
        <translation>Das Prozesslimit</translation>
    </message>
    <message>
        <source>The output cap</source>
        <translation>Die Ausgabebegrenzung</translation>
    </message>
    <message>
        <source>The retention period</source>
        <translation>Die Aufbewahrungsdauer</translation>
    </message>
    <message>
        <source>The font size</source>
        <translation>Die Schriftgröße</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows. Known: %2.</source>
        <translation>„%1“ ist kein Anbieter, den diese Version kennt. Bekannt: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a permission mode.</source>
        <translation>„%1“ ist kein Berechtigungsmodus.</translation>
    </message>
    <message>
        <source>The theme must be system, light or dark.</source>
        <translation>Das Design muss „system“, „light“ oder „dark“ sein.</translation>
    </message>
    <message>
        <source>“%1” is not a language the app is translated to.</source>
        <translation>„%1“ ist keine Sprache, in die die Anwendung übersetzt ist.</translation>
    </message>
    <message>
        <source>it is not a whole number.</source>
        <translation>Der Wert ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Enter a model id, for example %1.</source>
        <translation>Eine Modellkennung eingeben, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>A model id has no spaces and uses only letters, digits and . _ - : @ /</source>
        <translation>Eine Modellkennung enthält keine Leerzeichen, nur Buchstaben, Ziffern und . _ - : @ /</translation>
    </message>
    <message>
        <source>“%1” is not a domain name (write example.com, or *.example.com for its subdomains).</source>
        <translation>„%1“ ist kein Domainname (example.com schreiben oder *.example.com für dessen Subdomains).</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a price table: %2</source>
        <translation>%1 ist keine Preistabelle: %2</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts.</source>
        <translation>Einen Ordner für Transkripte wählen.</translation>
    </message>
    <message>
        <source>Use a full path (starting with /) for the transcript folder.</source>
        <translation>Für den Transkriptordner einen vollständigen Pfad (beginnend mit /) angeben.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix or remove it first.</source>
        <translation>%1 ist kein gültiges JSON; die Datei zuerst korrigieren oder entfernen.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>an OpenAI-compatible provider needs its server&apos;s address; the Anthropic API is used until one is set.</source>
        <translation>ein OpenAI-kompatibler Anbieter braucht die Adresse seines Servers; bis sie angegeben ist, wird die Anthropic-API verwendet.</translation>
    </message>
    <message>
        <source>The sandbox must be “local” (bubblewrap), “cloudflare” or “none”.</source>
        <translation>Die Sandbox muss „local“ (bubblewrap), „cloudflare“ oder „none“ sein.</translation>
    </message>
    <message>
        <source>The server address must be an http(s) URL such as http://localhost:11434/v1.</source>
        <translation>Die Serveradresse muss eine http(s)-URL sein, etwa http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Do not put credentials in the server address; set OPENAI_API_KEY instead.</source>
        <translation>Keine Zugangsdaten in die Serveradresse schreiben; stattdessen OPENAI_API_KEY setzen.</translation>
    </message>
    <message>
        <source>The bridge URL must be an http(s) address such as https://sandbox.example.com.</source>
        <translation>Die Bridge-URL muss eine http(s)-Adresse sein, etwa https://sandbox.example.com.</translation>
    </message>
    <message>
        <source>Do not put credentials in the bridge URL; store the bridge key below instead.</source>
        <translation>Keine Zugangsdaten in die Bridge-URL schreiben; den Bridge-Schlüssel stattdessen unten speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n old transcript(s) in %1 could not be deleted: %2</source>
        <translation>
            <numerusform>%n altes Transkript in %1 ließ sich nicht löschen: %2</numerusform>
            <numerusform>%n alte Transkripte in %1 ließen sich nicht löschen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Restart the shell</source>
        <translation>Shell neu starten</translation>
    </message>
    <message>
        <source>Run %1 script (%2 lines)</source>
        <translation>%1-Skript ausführen (%2 Zeilen)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 ansehen</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Insert into %1 at line %2</source>
        <translation>In %1 bei Zeile %2 einfügen</translation>
    </message>
    <message>
        <source>%1 (invalid input)</source>
        <translation>%1 (ungültige Eingabe)</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>File created successfully at: %1</source>
        <translation>Datei erfolgreich angelegt: %1</translation>
    </message>
    <message>
        <source>The file %1 has been edited.</source>
        <translation>Die Datei %1 wurde bearbeitet.</translation>
    </message>
    <message>
        <source>The shell was restarted.</source>
        <translation>Die Shell wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The sandbox could not start, so nothing ran: %1</source>
        <translation>Die Sandbox konnte nicht starten, daher wurde nichts ausgeführt: %1</translation>
    </message>
    <message>
        <source>No replacement was performed: old_str did not appear verbatim in %1.</source>
        <translation>Nichts ersetzt: old_str kommt in %1 nicht wörtlich vor.</translation>
    </message>
    <message>
        <source>No replacement was performed: old_str appears %1 times in %2; make it unique.</source>
        <translation>Nichts ersetzt: old_str kommt %1-mal in %2 vor; es muss eindeutig sein.</translation>
    </message>
    <message>
        <source>plan mode: nothing is executed; the call is recorded as proposed</source>
        <translation>Planmodus: Es wird nichts ausgeführt; der Aufruf wird als Vorschlag festgehalten</translation>
    </message>
    <message>
        <source>a deny rule matches this call</source>
        <translation>eine Verbotsregel passt auf diesen Aufruf</translation>
    </message>
    <message>
        <source>a deny rule matches the subcommand &quot;%1&quot;</source>
        <translation>eine Verbotsregel passt auf den Teilbefehl „%1“</translation>
    </message>
    <message>
        <source>bypassPermissions mode runs every call (still inside the sandbox)</source>
        <translation>Der Modus bypassPermissions führt jeden Aufruf aus (weiterhin in der Sandbox)</translation>
    </message>
    <message>
        <source>an ask rule matches, and dontAsk mode denies instead of asking</source>
        <translation>eine Nachfrageregel passt, und der Modus dontAsk lehnt ab, statt zu fragen</translation>
    </message>
    <message>
        <source>an ask rule matches this call</source>
        <translation>eine Nachfrageregel passt auf diesen Aufruf</translation>
    </message>
    <message>
        <source>an ask rule matches the subcommand &quot;%1&quot;</source>
        <translation>eine Nachfrageregel passt auf den Teilbefehl „%1“</translation>
    </message>
    <message>
        <source>risky: %1</source>
        <translation>riskant: %1</translation>
    </message>
    <message>
        <source>risky: %1 (although %2 allows it)</source>
        <translation>riskant: %1 (obwohl %2 es erlaubt)</translation>
    </message>
    <message>
        <source>risky: %1; dontAsk mode denies instead of asking</source>
        <translation>riskant: %1; der Modus dontAsk lehnt ab, statt zu fragen</translation>
    </message>
    <message>
        <source>risky: %1 (although %2 allows it); dontAsk mode denies instead of asking</source>
        <translation>riskant: %1 (obwohl %2 es erlaubt); der Modus dontAsk lehnt ab, statt zu fragen</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>erlaubt durch %1</translation>
    </message>
    <message>
        <source>denied by %1</source>
        <translation>verboten durch %1</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts %1 inside the workspace</source>
        <translation>Der Modus acceptEdits akzeptiert %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 matches, but the command also writes to %2</source>
        <translation>%1 passt, aber der Befehl schreibt auch nach %2</translation>
    </message>
    <message>
        <source>no allow rule matches</source>
        <translation>keine Erlaubnisregel passt</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts simple filesystem commands inside the workspace</source>
        <translation>Der Modus acceptEdits akzeptiert einfache Dateibefehle im Arbeitsbereich</translation>
    </message>
    <message>
        <source>allow rules and acceptEdits mode cover every subcommand</source>
        <translation>Erlaubnisregeln und der Modus acceptEdits decken jeden Teilbefehl ab</translation>
    </message>
    <message>
        <source>allow rules match every subcommand</source>
        <translation>Erlaubnisregeln passen auf jeden Teilbefehl</translation>
    </message>
    <message>
        <source>an allow rule matches this call</source>
        <translation>eine Erlaubnisregel passt auf diesen Aufruf</translation>
    </message>
    <message>
        <source>the call only reads the workspace</source>
        <translation>der Aufruf liest nur im Arbeitsbereich</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts file edits in the workspace</source>
        <translation>Der Modus acceptEdits akzeptiert Dateiänderungen im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the command could not be fully understood (%1)</source>
        <translation>der Befehl ließ sich nicht vollständig verstehen (%1)</translation>
    </message>
    <message>
        <source>no allow rule covers %1</source>
        <translation>keine Erlaubnisregel deckt %1 ab</translation>
    </message>
    <message>
        <source>no rule allows this call</source>
        <translation>keine Regel erlaubt diesen Aufruf</translation>
    </message>
    <message>
        <source>%1; risky: %2</source>
        <translation>%1; riskant: %2</translation>
    </message>
    <message>
        <source>%1, and dontAsk mode denies instead of asking</source>
        <translation>%1, und der Modus dontAsk lehnt ab, statt zu fragen</translation>
    </message>
    <message>
        <source>%1, so %2 mode asks</source>
        <translation>%1, daher fragt der Modus %2 nach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission rule. Write Tool or Tool(specifier), for example Bash(npm run test:*).</source>
        <translation>„%1“ ist keine Berechtigungsregel. Schreiben Sie Werkzeug oder Werkzeug(Angabe), zum Beispiel Bash(npm run test:*).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty specifier. Drop the parentheses to match every call of %2.</source>
        <translation>„%1“ hat eine leere Angabe. Lassen Sie die Klammern weg, um jeden Aufruf von %2 zu erfassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes whole directory trees</source>
        <translation>„%1“ löscht ganze Verzeichnisbäume</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes every file it finds</source>
        <translation>„%1“ löscht jede gefundene Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can overwrite disks or files beyond recovery</source>
        <translation>„%1“ kann Datenträger oder Dateien unwiederbringlich überschreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes ownership or permissions of a whole tree</source>
        <translation>„%1“ ändert Eigentümer oder Rechte eines ganzen Baums</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can overwrite or delete history on the remote</source>
        <translation>„%1“ kann den Verlauf im entfernten Repository überschreiben oder löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; throws away uncommitted changes</source>
        <translation>„%1“ verwirft nicht eingecheckte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes untracked files</source>
        <translation>„%1“ löscht nicht versionierte Dateien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; talks to a remote repository</source>
        <translation>„%1“ spricht mit einem entfernten Repository</translation>
    </message>
    <message>
        <source>output is piped into %1, which runs whatever it receives</source>
        <translation>die Ausgabe wird an %1 weitergeleitet, das alles ausführt, was es erhält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; installs packages, which run their own code</source>
        <translation>„%1“ installiert Pakete, die eigenen Code ausführen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes a network request</source>
        <translation>„%1“ greift auf das Netzwerk zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; touches %2, a protected path</source>
        <translation>„%1“ greift auf %2 zu, einen geschützten Pfad</translation>
    </message>
    <message>
        <source>a redirection writes to %1, a protected path</source>
        <translation>eine Umleitung schreibt nach %1, einen geschützten Pfad</translation>
    </message>
    <message>
        <source>a redirection writes to %1, outside the workspace</source>
        <translation>eine Umleitung schreibt nach %1, außerhalb des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 is a protected path</source>
        <translation>%1 ist ein geschützter Pfad</translation>
    </message>
    <message>
        <source>create replaces the existing file %1 as a whole</source>
        <translation>create ersetzt die vorhandene Datei %1 vollständig</translation>
    </message>
    <message>
        <source>commands are nested too deeply</source>
        <translation>Befehle sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a here-document has no end line</source>
        <translation>ein Here-Document hat keine Endzeile</translation>
    </message>
    <message>
        <source>a &quot;(&quot; or &quot;$(&quot; is never closed</source>
        <translation>ein „(“ oder „$(“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>a &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>zu einem „)“ fehlt das passende „(“</translation>
    </message>
    <message>
        <source>&quot;case&quot; statements are not understood</source>
        <translation>„case“-Anweisungen werden nicht verstanden</translation>
    </message>
    <message>
        <source>process substitution (&lt;( ) or &gt;( )) is not understood</source>
        <translation>Prozessersetzung (&lt;( ) oder &gt;( )) wird nicht verstanden</translation>
    </message>
    <message>
        <source>function definitions and arrays are not understood</source>
        <translation>Funktionsdefinitionen und Arrays werden nicht verstanden</translation>
    </message>
    <message>
        <source>arithmetic commands (( )) are not understood</source>
        <translation>arithmetische Befehle (( )) werden nicht verstanden</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not understood here</source>
        <translation>das Zeichen „%1“ wird hier nicht verstanden</translation>
    </message>
    <message>
        <source>a redirection has no target</source>
        <translation>eine Umleitung hat kein Ziel</translation>
    </message>
    <message>
        <source>output goes to a file named by a variable</source>
        <translation>die Ausgabe geht in eine Datei, deren Name aus einer Variablen kommt</translation>
    </message>
    <message>
        <source>a here-document runs commands ($( ) or backticks)</source>
        <translation>ein Here-Document führt Befehle aus ($( ) oder Backticks)</translation>
    </message>
    <message>
        <source>the command ends with a lone backslash</source>
        <translation>der Befehl endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>a single quote is never closed</source>
        <translation>ein einfaches Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a double quote is never closed</source>
        <translation>ein doppeltes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a backtick is never closed</source>
        <translation>ein Backtick wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood</source>
        <translation>„%1“ wird nicht verstanden</translation>
    </message>
    <message>
        <source>commands are wrapped too deeply</source>
        <translation>Befehle sind zu tief ineinander verpackt</translation>
    </message>
    <message>
        <source>the command name comes from a variable or a substitution</source>
        <translation>der Befehlsname kommt aus einer Variablen oder Ersetzung</translation>
    </message>
    <message>
        <source>%1 -c has no command</source>
        <translation>%1 -c hat keinen Befehl</translation>
    </message>
    <message>
        <source>%1 -c runs a command built from a variable</source>
        <translation>%1 -c führt einen aus einer Variablen gebauten Befehl aus</translation>
    </message>
    <message>
        <source>eval runs a command built from a variable</source>
        <translation>eval führt einen aus einer Variablen gebauten Befehl aus</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>Changed: unknown (workspace too large to scan fully)</source>
        <translation>Geändert: unbekannt (Arbeitsbereich zu groß für eine vollständige Prüfung)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Changed: %1 and %2 more</source>
        <translation>Geändert: %1 und %2 weitere</translation>
    </message>
    <message>
        <source>Changed: %1 (scan capped; may be incomplete)</source>
        <translation>Geändert: %1 (Prüfung begrenzt; evtl. unvollständig)</translation>
    </message>
    <message>
        <source>Changed: %1 and %2 more (scan capped; may be incomplete)</source>
        <translation>Geändert: %1 und %2 weitere (Prüfung begrenzt; evtl. unvollständig)</translation>
    </message>
    <message>
        <source>stopped: %1; exited with status %2</source>
        <translation>gestoppt: %1; beendet mit Status %2</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>beendet mit Status %1</translation>
    </message>
    <message>
        <source>exited with status %1 (the status a shell reports when a command is killed by signal %2)</source>
        <translation>beendet mit Status %1 (den meldet eine Shell, wenn ein Befehl durch Signal %2 beendet wurde)</translation>
    </message>
    <message>
        <source>exited with status %1 (the status a shell reports when a command is killed by signal %2, %3)</source>
        <translation>beendet mit Status %1 (den meldet eine Shell, wenn ein Befehl durch Signal %2, %3, beendet wurde)</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>stopped: wall-clock limit of %1 reached</source>
        <translation>gestoppt: Zeitlimit von %1 erreicht</translation>
    </message>
    <message>
        <source>stopped: wall-clock limit reached</source>
        <translation>gestoppt: Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>stopped: output limit of %1 exceeded</source>
        <translation>gestoppt: Ausgabegrenze von %1 überschritten</translation>
    </message>
    <message>
        <source>stopped: output limit exceeded</source>
        <translation>gestoppt: Ausgabegrenze überschritten</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <source>wall-clock limit of %1 ms reached</source>
        <translation>Zeitlimit von %1 ms erreicht</translation>
    </message>
    <message>
        <source>output limit of %1 bytes exceeded</source>
        <translation>Ausgabegrenze von %1 Byte überschritten</translation>
    </message>
    <message>
        <source>CPU time limit of %1 s reached (SIGXCPU)</source>
        <translation>CPU-Zeitlimit von %1 s erreicht (SIGXCPU)</translation>
    </message>
    <message>
        <source>file size limit of %1 MiB reached (SIGXFSZ)</source>
        <translation>Dateigrößenlimit von %1 MiB erreicht (SIGXFSZ)</translation>
    </message>
    <message>
        <source>CPU time hard limit of %1 s reached (SIGKILL), most likely</source>
        <translation>harte CPU-Zeitgrenze von %1 s erreicht (SIGKILL), sehr wahrscheinlich</translation>
    </message>
    <message>
        <source>The run stopped after %1 turns, the limit set for it.</source>
        <translation>Die Ausführung wurde nach %1 Schritten beendet, der für ihn festgelegten Grenze.</translation>
    </message>
    <message>
        <source>Request adjusted: %1.</source>
        <translation>Anfrage angepasst: %1.</translation>
    </message>
    <message>
        <source>(redacted by the API; sent back unchanged)</source>
        <translation>(von der API geschwärzt; unverändert zurückgeschickt)</translation>
    </message>
    <message>
        <source>The model stopped to use a tool but sent no tool call.</source>
        <translation>Das Modell hielt an, um ein Werkzeug zu benutzen, schickte aber keinen Werkzeugaufruf.</translation>
    </message>
    <message>
        <source>The API paused a long turn; sending it back to go on (%1 of %2).</source>
        <translation>Die API hat einen langen Schritt pausiert; er wird zum Fortsetzen zurückgeschickt (%1 von %2).</translation>
    </message>
    <message>
        <source>The API paused this turn %1 times in a row, so the run stopped rather than loop. Press Continue to let it go on.</source>
        <translation>Die API hat diesen Schritt %1-mal hintereinander pausiert; die Ausführung wurde angehalten, statt endlos zu wiederholen. Mit „Fortsetzen“ geht es weiter.</translation>
    </message>
    <message>
        <source>The answer ended at a stop sequence.</source>
        <translation>Die Antwort endete an einer Stoppsequenz.</translation>
    </message>
    <message>
        <source>The answer ended at the stop sequence &quot;%1&quot;.</source>
        <translation>Die Antwort endete an der Stoppsequenz „%1“.</translation>
    </message>
    <message>
        <source>The answer was cut off: it reached the output limit (max_tokens = %1). Press Continue to let the model finish it, or allow more output tokens.</source>
        <translation>Die Antwort wurde abgeschnitten: Sie hat die Ausgabegrenze erreicht (max_tokens = %1). Mit „Fortsetzen“ kann das Modell sie beenden, oder erlauben Sie mehr Ausgabetokens.</translation>
    </message>
    <message>
        <source>The model declined to continue: %1</source>
        <translation>Das Modell hat die Fortsetzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The model declined to continue (category: %1): %2</source>
        <translation>Das Modell hat die Fortsetzung abgelehnt (Kategorie: %1): %2</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model&apos;s context window. Start a new run with a shorter task, or have tools return less output.</source>
        <translation>Die Unterhaltung passt nicht mehr in das Kontextfenster des Modells. Starten Sie eine neue Ausführung mit einer kürzeren Aufgabe, oder lassen Sie Werkzeuge weniger Ausgabe liefern.</translation>
    </message>
    <message>
        <source>The model stopped for a reason this version does not handle: %1</source>
        <translation>Das Modell hielt aus einem Grund an, den diese Version nicht kennt: %1</translation>
    </message>
    <message>
        <source>Permission denied: this call was not run because %1.</source>
        <translation>Keine Berechtigung: Dieser Aufruf wurde nicht ausgeführt. Grund: %1.</translation>
    </message>
    <message>
        <source>Permission denied: this call was not run because %1 (%2).</source>
        <translation>Keine Berechtigung: Dieser Aufruf wurde nicht ausgeführt. Grund: %1 (%2).</translation>
    </message>
    <message>
        <source>another call with the same tool_use id is already waiting for approval</source>
        <translation>ein anderer Aufruf mit derselben tool_use-ID wartet bereits auf Freigabe</translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>Keine Berechtigung: %1.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Keine Berechtigung: %1</translation>
    </message>
    <message>
        <source>approved when asked</source>
        <translation>auf Nachfrage freigegeben</translation>
    </message>
    <message>
        <source>approved when asked (%1)</source>
        <translation>auf Nachfrage freigegeben (%1)</translation>
    </message>
    <message>
        <source>%1 (asked because %2)</source>
        <translation>%1 (gefragt, Grund: %2)</translation>
    </message>
    <message>
        <source>denied when asked</source>
        <translation>auf Nachfrage abgelehnt</translation>
    </message>
    <message>
        <source>Permission denied: the user denied this call.</source>
        <translation>Keine Berechtigung: Der Benutzer hat diesen Aufruf abgelehnt.</translation>
    </message>
    <message>
        <source>Permission denied: the user denied this call and said: %1</source>
        <translation>Keine Berechtigung: Der Benutzer hat diesen Aufruf abgelehnt und schreibt: %1</translation>
    </message>
    <message>
        <source>the edited call is not valid: %1</source>
        <translation>der bearbeitete Aufruf ist ungültig: %1</translation>
    </message>
    <message>
        <source>The user edited this call, but the edited call could not run: %1</source>
        <translation>Der Benutzer hat diesen Aufruf bearbeitet, aber der bearbeitete Aufruf konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>the edited call was denied: %1</source>
        <translation>der bearbeitete Aufruf wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Permission denied: the user edited this call, and the edited call was not run because %1.</source>
        <translation>Keine Berechtigung: Der Benutzer hat diesen Aufruf bearbeitet; der bearbeitete Aufruf wurde nicht ausgeführt. Grund: %1.</translation>
    </message>
    <message>
        <source>Permission denied: the user edited this call, and the edited call was not run because %1 (%2).</source>
        <translation>Keine Berechtigung: Der Benutzer hat diesen Aufruf bearbeitet; der bearbeitete Aufruf wurde nicht ausgeführt. Grund: %1 (%2).</translation>
    </message>
    <message>
        <source>edited, then approved when asked (%1)</source>
        <translation>bearbeitet, dann auf Nachfrage freigegeben (%1)</translation>
    </message>
    <message>
        <source>Permission mode changed from %1 to %2.</source>
        <translation>Berechtigungsmodus von %1 auf %2 geändert.</translation>
    </message>
    <message>
        <source>The checkpoint before this call did not capture %1 item(s), which a rewind leaves as they are: %2</source>
        <translation>Der Prüfpunkt vor diesem Aufruf hat %1 Einträge nicht erfasst; ein Zurückspulen lässt sie unverändert: %2</translation>
    </message>
    <message>
        <source>No checkpoint could be taken before this call, so it cannot be rewound: %1</source>
        <translation>Vor diesem Aufruf konnte kein Prüfpunkt angelegt werden, daher lässt er sich nicht zurückspulen: %1</translation>
    </message>
    <message>
        <source>Cancelled by the user before it ran.</source>
        <translation>Vom Benutzer abgebrochen, bevor er lief.</translation>
    </message>
    <message>
        <source>Cancelled by the user before it was approved.</source>
        <translation>Vom Benutzer abgebrochen, bevor er freigegeben wurde.</translation>
    </message>
    <message>
        <source>Not run: the run stopped (%1).</source>
        <translation>Nicht ausgeführt: Die Ausführung wurde beendet (%1).</translation>
    </message>
    <message>
        <source>Run stopped by the user.</source>
        <translation>Ausführung vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>Continuing the paused turn at your request.</source>
        <translation>Der pausierte Schritt wird auf Ihren Wunsch fortgesetzt.</translation>
    </message>
    <message>
        <source>Not run: your answer reached the output limit while this call was being written. Send it again if it is still needed.</source>
        <translation>Nicht ausgeführt: Deine Antwort hat die Ausgabegrenze erreicht, während dieser Aufruf geschrieben wurde. Schick ihn erneut, wenn er noch gebraucht wird.</translation>
    </message>
    <message>
        <source>Continuing the cut-off answer at your request.</source>
        <translation>Die abgeschnittene Antwort wird auf Ihren Wunsch fortgesetzt.</translation>
    </message>
    <message>
        <source>Sending turn %1 again at your request.</source>
        <translation>Schritt %1 wird auf Ihren Wunsch erneut gesendet.</translation>
    </message>
    <message>
        <source>Network: allowed %1 (%2)</source>
        <translation>Netzwerk: %1 erlaubt (%2)</translation>
    </message>
    <message>
        <source>Network: denied %1 (%2)</source>
        <translation>Netzwerk: %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Allow network access to %1?</source>
        <translation>Netzwerkzugriff auf %1 erlauben?</translation>
    </message>
    <message>
        <source>A command in the sandbox asked the proxy to connect to %1.
Allowing it lets every command of this run reach that host and port.</source>
        <translation>Ein Befehl in der Sandbox möchte sich über den Proxy mit %1 verbinden.
Wenn Sie zustimmen, erreicht jeder Befehl dieser Ausführung diesen Host und Port.</translation>
    </message>
    <message>
        <source>no domain rule names %1; network access is asked about host by host</source>
        <translation>keine Domänenregel nennt %1; Netzwerkzugriff wird Host für Host erfragt</translation>
    </message>
    <message>
        <source>there is no one to ask</source>
        <translation>es gibt niemanden, den man fragen kann</translation>
    </message>
    <message>
        <source>no rule allows %1:%2 and there is no one to ask</source>
        <translation>keine Regel erlaubt %1:%2, und es gibt niemanden, den man fragen kann</translation>
    </message>
    <message>
        <source>this run (%1)</source>
        <translation>diese Ausführung (%1)</translation>
    </message>
    <message>
        <source>%1 resolves to %2, %3</source>
        <translation>%1 wird zu %2 aufgelöst, %3</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>der Name ließ sich nicht auflösen</translation>
    </message>
    <message>
        <source>the upstream server did not answer within %1 s</source>
        <translation>der Zielserver hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>a cloud metadata address</source>
        <translation>eine Cloud-Metadatenadresse</translation>
    </message>
    <message>
        <source>a multicast address</source>
        <translation>eine Multicast-Adresse</translation>
    </message>
    <message>
        <source>a loopback address</source>
        <translation>eine Loopback-Adresse</translation>
    </message>
    <message>
        <source>a private (RFC 1918) address</source>
        <translation>eine private Adresse (RFC 1918)</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>eine Link-Local-Adresse</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Der Arbeitsbereich %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1. Nothing was run.</source>
        <translation>Die Sandbox konnte nicht starten: %1. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: bubblewrap was not found at %1. Install it (apt install bubblewrap) or configure the path of the system&apos;s bwrap.</source>
        <translation>Die Sandbox kann nicht starten: bubblewrap wurde unter %1 nicht gefunden. Installieren Sie es (apt install bubblewrap) oder geben Sie den Pfad zum bwrap des Systems an.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: user namespaces are disabled (user.max_user_namespaces = %1). Enable them: sysctl -w user.max_user_namespaces=15000</source>
        <translation>Die Sandbox kann nicht starten: User-Namespaces sind abgeschaltet (user.max_user_namespaces = %1). Schalten Sie sie ein: sysctl -w user.max_user_namespaces=15000</translation>
    </message>
    <message>
        <source>The sandbox cannot start: unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = %1). Enable them: sysctl -w kernel.unprivileged_userns_clone=1</source>
        <translation>Die Sandbox kann nicht starten: Unprivilegierte User-Namespaces sind abgeschaltet (kernel.unprivileged_userns_clone = %1). Schalten Sie sie ein: sysctl -w kernel.unprivileged_userns_clone=1</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist or is not a folder. Create it or choose another one.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht oder ist kein Ordner. Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s — attempt %3 of %4.</source>
        <translation>%1; nächster Versuch in %2 s (%3 von %4).</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s — attempt %3 of %4. request-id: %5</source>
        <translation>%1; nächster Versuch in %2 s (%3 von %4). Request-ID: %5</translation>
    </message>
    <message>
        <source>The account&apos;s spend limit has been reached</source>
        <translation>Das Ausgabenlimit des Kontos ist erreicht</translation>
    </message>
    <message>
        <source>The API timed out waiting for the request (408)</source>
        <translation>Die API hat zu lange auf die Anfrage gewartet (408)</translation>
    </message>
    <message>
        <source>The API reported a conflict (409)</source>
        <translation>Die API hat einen Konflikt gemeldet (409)</translation>
    </message>
    <message>
        <source>The API is rate limiting this key (429)</source>
        <translation>Die API drosselt die Anfragen dieses Schlüssels (429)</translation>
    </message>
    <message>
        <source>The API is overloaded (529)</source>
        <translation>Die API ist überlastet (529)</translation>
    </message>
    <message>
        <source>The API had a server error (%1)</source>
        <translation>Bei der API ist ein Serverfehler aufgetreten (%1)</translation>
    </message>
    <message>
        <source>The API answered HTTP %1</source>
        <translation>Die API hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>Could not reach the API</source>
        <translation>Die API ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The API did not answer in time</source>
        <translation>Die API hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The connection closed before the answer began</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort begann</translation>
    </message>
    <message>
        <source>%1 The API said: %2</source>
        <translation>%1 Meldung der API: %2</translation>
    </message>
    <message>
        <source>The account&apos;s spend limit has been reached, so the request was not retried. Raise the limit in the Anthropic Console (Settings → Limits) or wait for the next billing period.</source>
        <translation>Das Ausgabenlimit des Kontos ist erreicht, daher wurde die Anfrage nicht wiederholt. Erhöhen Sie das Limit in der Anthropic Console (Settings → Limits) oder warten Sie auf den nächsten Abrechnungszeitraum.</translation>
    </message>
    <message>
        <source>The API rejected the request. The API&apos;s message below says which part is wrong; nothing was retried.</source>
        <translation>Die API hat die Anfrage abgelehnt. Welcher Teil falsch ist, steht unten in der Meldung der API; es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check ANTHROPIC_API_KEY, or enter a valid key under Settings → Anthropic API Key.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Prüfen Sie ANTHROPIC_API_KEY oder geben Sie unter Einstellungen → Anthropic-API-Schlüssel einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API refused the request because of a billing problem with the account. Check the account&apos;s billing details in the Anthropic Console.</source>
        <translation>Die API hat die Anfrage wegen eines Abrechnungsproblems mit dem Konto abgelehnt. Prüfen Sie die Abrechnungsdaten des Kontos in der Anthropic Console.</translation>
    </message>
    <message>
        <source>The API key does not have permission for this request. Use a key whose workspace may use this model, or choose another model.</source>
        <translation>Der API-Schlüssel ist für diese Anfrage nicht berechtigt. Verwenden Sie einen Schlüssel, dessen Workspace dieses Modell nutzen darf, oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. Check the model id (--model or Settings) and the base URL (ANTHROPIC_BASE_URL or --base-url).</source>
        <translation>Das Modell oder der Endpunkt wurde nicht gefunden. Prüfen Sie die Modell-ID (--model oder Einstellungen) und die Basis-URL (ANTHROPIC_BASE_URL oder --base-url).</translation>
    </message>
    <message>
        <source>The API timed out waiting for the request (408). Try again shortly.</source>
        <translation>Die API hat zu lange auf die Anfrage gewartet (408). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API reported a conflict (409). Try again shortly.</source>
        <translation>Die API hat einen Konflikt gemeldet (409). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request is too large for the API (the limit is 32 MB). Trim the conversation: start a new run, or have tools return less (large files, long logs, images).</source>
        <translation>Die Anfrage ist zu groß für die API (die Grenze liegt bei 32 MB). Kürzen Sie die Unterhaltung: Starten Sie eine neue Ausführung, oder lassen Sie Werkzeuge weniger zurückgeben (große Dateien, lange Logs, Bilder).</translation>
    </message>
    <message>
        <source>The API is rate limiting this key. Wait a moment and try again; if it keeps happening, send fewer or smaller requests or raise the account&apos;s rate limits.</source>
        <translation>Die API drosselt die Anfragen dieses Schlüssels. Warten Sie einen Moment und versuchen Sie es erneut; passiert das öfter, senden Sie weniger oder kleinere Anfragen oder erhöhen Sie die Ratenlimits des Kontos.</translation>
    </message>
    <message>
        <source>The API is overloaded right now. Try again in a few minutes.</source>
        <translation>Die API ist gerade überlastet. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The API had a server error (HTTP %1). Try again shortly.</source>
        <translation>Bei der API ist ein Serverfehler aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API rejected the request (HTTP %1). The API&apos;s message below may say why.</source>
        <translation>Die API hat die Anfrage abgelehnt (HTTP %1). Die Meldung der API unten nennt vielleicht den Grund.</translation>
    </message>
    <message>
        <source>The API reported an error in the middle of the answer: %1. What arrived so far is kept. %2</source>
        <translation>Die API hat mitten in der Antwort einen Fehler gemeldet: %1. Was bis dahin angekommen ist, bleibt erhalten. %2</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it keeps happening, send fewer or smaller requests or raise the account&apos;s rate limits.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut; passiert das öfter, senden Sie weniger oder kleinere Anfragen oder erhöhen Sie die Ratenlimits des Kontos.</translation>
    </message>
    <message>
        <source>connect timeout of %1 ms</source>
        <translation>Verbindungs-Zeitlimit von %1 ms</translation>
    </message>
    <message>
        <source>idle timeout of %1 ms</source>
        <translation>Leerlauf-Zeitlimit von %1 ms</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API&apos;s message says what to change.</source>
        <translation>Was zu ändern ist, steht in der Meldung der API.</translation>
    </message>
    <message>
        <source>Could not reach the API at %1. Check the network and the base URL (ANTHROPIC_BASE_URL or --base-url).</source>
        <translation>Die API unter %1 ist nicht erreichbar. Prüfen Sie das Netzwerk und die Basis-URL (ANTHROPIC_BASE_URL oder --base-url).</translation>
    </message>
    <message>
        <source>Could not connect to the API at %1 within %2 s. Check the network and the base URL.</source>
        <translation>Innerhalb von %2 s kam keine Verbindung zur API unter %1 zustande. Prüfen Sie das Netzwerk und die Basis-URL.</translation>
    </message>
    <message>
        <source>The API sent nothing for %1 seconds, so the request was stopped. Try again; if it keeps happening, check the network.</source>
        <translation>Die API hat %1 Sekunden lang nichts gesendet, daher wurde die Anfrage abgebrochen. Versuchen Sie es erneut; passiert das öfter, prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 [request-id: %2]</source>
        <translation>%1 [Request-ID: %2]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not hand the workspace %1 to the sandbox user: %2. Check that the workspace is on a local file system the app can change.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht an den Sandbox-Benutzer übergeben werden: %2. Prüfen Sie, ob der Arbeitsbereich auf einem lokalen Dateisystem liegt, das die App ändern darf.</translation>
    </message>
    <message>
        <source>The workspace %1 is nested more than 256 folders deep; the workbench will not hand it over. Choose a smaller workspace.</source>
        <translation>Der Arbeitsbereich %1 ist mehr als 256 Ordnerebenen tief verschachtelt; die Workbench übergibt ihn nicht. Wählen Sie einen kleineren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The sandbox could not start: the app could not create an in-memory file for its policy (memfd_create failed).</source>
        <translation>Die Sandbox konnte nicht starten: Die App konnte keine Datei im Arbeitsspeicher für ihre Richtlinie anlegen (memfd_create ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The sandbox could not start the command %1: %2. Only programs under /usr are available inside the sandbox; check the name.</source>
        <translation>Die Sandbox konnte den Befehl %1 nicht starten: %2. In der Sandbox gibt es nur Programme unter /usr; prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1. %2</source>
        <translation>Die Sandbox konnte nicht starten: %1. %2</translation>
    </message>
    <message>
        <source>The app could not switch to the unprivileged sandbox user before starting bubblewrap.</source>
        <translation>Die App konnte vor dem Start von bubblewrap nicht zum unprivilegierten Sandbox-Benutzer wechseln.</translation>
    </message>
    <message>
        <source>Check that bubblewrap works here: bwrap --unshare-all --ro-bind /usr /usr true</source>
        <translation>Prüfen Sie, ob bubblewrap hier funktioniert: bwrap --unshare-all --ro-bind /usr /usr true</translation>
    </message>
    <message>
        <source>The sandbox could not start: bubblewrap could not be run from %1. Install it (apt install bubblewrap) or configure the path of the system&apos;s bwrap. Nothing was run.</source>
        <translation>Die Sandbox konnte nicht starten: bubblewrap ließ sich unter %1 nicht ausführen. Installieren Sie es (apt install bubblewrap) oder geben Sie den Pfad zum bwrap des Systems an. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1) and no profile allows bwrap. Install an AppArmor profile for /usr/bin/bwrap (Ubuntu: apparmor&apos;s bwrap-userns-restrict) or run: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0</source>
        <translation>Die Sandbox kann nicht starten: AppArmor schränkt unprivilegierte User-Namespaces ein (kernel.apparmor_restrict_unprivileged_userns = 1), und kein Profil erlaubt bwrap. Installieren Sie ein AppArmor-Profil für /usr/bin/bwrap (Ubuntu: bwrap-userns-restrict aus apparmor) oder führen Sie aus: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0</translation>
    </message>
    <message>
        <source>No workspace folder was chosen. Pass --workspace DIR or pick a folder in the settings.</source>
        <translation>Es wurde kein Arbeitsbereich-Ordner gewählt. Geben Sie --workspace DIR an oder wählen Sie in den Einstellungen einen Ordner.</translation>
    </message>
    <message>
        <source>The workspace %1 is a system folder; the sandbox would make it writable. Choose a project folder instead, e.g. under /var/tmp or your home.</source>
        <translation>Der Arbeitsbereich %1 ist ein Systemordner; die Sandbox würde ihn beschreibbar machen. Wählen Sie stattdessen einen Projektordner, z. B. unter /var/tmp oder in Ihrem Home-Verzeichnis.</translation>
    </message>
    <message>
        <source>The bubblewrap path %1 must be absolute (the system&apos;s /usr/bin/bwrap), so no other program can be picked up from PATH.</source>
        <translation>Der bubblewrap-Pfad %1 muss absolut sein (das /usr/bin/bwrap des Systems), damit kein anderes Programm aus PATH verwendet werden kann.</translation>
    </message>
    <message>
        <source>The app runs as root, and the sandbox user must not be root too. Configure an unprivileged sandbox uid and gid (default 65534).</source>
        <translation>Die App läuft als root, und der Sandbox-Benutzer darf nicht ebenfalls root sein. Stellen Sie eine unprivilegierte UID und GID für die Sandbox ein (Standard 65534).</translation>
    </message>
    <message>
        <source>The sandbox runs as the unprivileged user %1, which cannot reach %2 because %3 is private (mode %4). Choose a workspace outside it, e.g. under /var/tmp.</source>
        <translation>Die Sandbox läuft als unprivilegierter Benutzer %1, der %2 nicht erreichen kann, weil %3 privat ist (Modus %4). Wählen Sie einen Arbeitsbereich außerhalb davon, z. B. unter /var/tmp.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: its launcher %1 is missing or unreadable. Reinstall the app (workbench-sandbox-launch belongs next to agent-workbench) or rebuild the target workbench-sandbox-launch.</source>
        <translation>Die Sandbox kann nicht starten: Ihr Starter %1 fehlt oder ist nicht lesbar. Installieren Sie die App neu (workbench-sandbox-launch gehört neben agent-workbench) oder bauen Sie das Ziel workbench-sandbox-launch neu.</translation>
    </message>
    <message>
        <source>The extra read-only path %1 cannot be bound into the sandbox: %2.</source>
        <translation>Der zusätzliche schreibgeschützte Pfad %1 kann nicht in die Sandbox eingebunden werden: %2.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1 is not executable by uid %2. Reinstall bubblewrap (apt install --reinstall bubblewrap).</source>
        <translation>Die Sandbox kann nicht starten: %1 ist für UID %2 nicht ausführbar. Installieren Sie bubblewrap neu (apt install --reinstall bubblewrap).</translation>
    </message>
    <message>
        <source>The workspace %1 no longer exists. Choose another folder.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht mehr. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No command was given to run.</source>
        <translation>Es wurde kein auszuführender Befehl angegeben.</translation>
    </message>
    <message>
        <source>it is not an absolute path; give it from the root, e.g. /opt/rust</source>
        <translation>er ist kein absoluter Pfad; geben Sie ihn ab der Wurzel an, z. B. /opt/rust</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>er existiert nicht</translation>
    </message>
    <message>
        <source>it is neither a folder nor a regular file</source>
        <translation>er ist weder ein Ordner noch eine normale Datei</translation>
    </message>
    <message>
        <source>it is the whole file system</source>
        <translation>er ist das gesamte Dateisystem</translation>
    </message>
    <message>
        <source>it is under %1, which exposes the host&apos;s kernel and devices</source>
        <translation>er liegt unter %1, das den Kernel und die Geräte des Rechners offenlegt</translation>
    </message>
    <message>
        <source>it is your home folder or contains it (%1); name the one folder the commands need instead</source>
        <translation>er ist Ihr Home-Verzeichnis oder enthält es (%1); nennen Sie stattdessen den einen Ordner, den die Befehle brauchen</translation>
    </message>
    <message>
        <source>it holds the app&apos;s own settings or data (%1)</source>
        <translation>er enthält die eigenen Einstellungen oder Daten der App (%1)</translation>
    </message>
    <message>
        <source>it overlaps %1, which the sandbox provides itself</source>
        <translation>er überschneidet sich mit %1, das die Sandbox selbst bereitstellt</translation>
    </message>
    <message>
        <source>it is the workspace or contains it; the workspace is bound already</source>
        <translation>er ist der Arbeitsbereich oder enthält ihn; der Arbeitsbereich ist bereits eingebunden</translation>
    </message>
    <message>
        <source>stopped: the workspace grew by more than %1</source>
        <translation>gestoppt: der Arbeitsbereich ist um mehr als %1 gewachsen</translation>
    </message>
    <message>
        <source>stopped: the workspace grew past its limit</source>
        <translation>gestoppt: der Arbeitsbereich ist über seine Wachstumsgrenze hinaus gewachsen</translation>
    </message>
    <message>
        <source>workspace growth limit of %1 bytes exceeded</source>
        <translation>Wachstumsgrenze des Arbeitsbereichs von %1 Byte überschritten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>workbench-sandbox-launch: cannot run &quot;%1&quot;: %2</source>
        <translation>workbench-sandbox-launch: „%1“ lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>memory limit of %1 MiB reached (the kernel killed %2 process(es) in the run&apos;s cgroup)</source>
        <translation>Speicherlimit von %1 MiB erreicht (der Kernel hat %2 Prozess(e) in der cgroup des Laufs beendet)</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>agent-workbench: %1
</source>
        <translation>agent-workbench: %1
</translation>
    </message>
    <message>
        <source>usage: agent-workbench checkpoints list --workspace DIR [--json] | diff ID1 ID2 [--stat] | rewind ID --workspace DIR [--no-safety-checkpoint]   (all: [--store DIR])</source>
        <translation>Aufruf: agent-workbench checkpoints list --workspace ORDNER [--json] | diff ID1 ID2 [--stat] | rewind ID --workspace ORDNER [--no-safety-checkpoint]   (alle: [--store ORDNER])</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>No checkpoints of %1 in %2.
</source>
        <translation>Keine Sicherungspunkte von %1 in %2.
</translation>
    </message>
    <message>
        <source>(taken by hand)</source>
        <translation>(manuell erstellt)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 files, %5</source>
        <translation>%1  %2  %3  %4 Dateien, %5</translation>
    </message>
    <message>
        <source>, %1 not captured</source>
        <translation>, %1 nicht erfasst</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>Keine Unterschiede.
</translation>
    </message>
    <message>
        <source>Checkpoint %1 was taken of %2, not of %3; nothing was changed.</source>
        <translation>Sicherungspunkt %1 wurde von %2 erstellt, nicht von %3; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Rewound %1 to checkpoint %2: %3 written, %4 removed, %5 folders created, %6 modes restored, %7 unchanged.
</source>
        <translation>%1 auf Sicherungspunkt %2 zurückgesetzt: %3 geschrieben, %4 entfernt, %5 Ordner erstellt, %6 Zugriffsrechte wiederhergestellt, %7 unverändert.
</translation>
    </message>
    <message>
        <source>Not restored (it was not captured): %1
</source>
        <translation>Nicht wiederhergestellt (nicht erfasst): %1
</translation>
    </message>
    <message>
        <source>Conversation cut point: tool call %1 (run %2). The checkpoint was taken before it ran; continue the conversation from just before that tool_use.
</source>
        <translation>Schnittpunkt der Unterhaltung: Werkzeugaufruf %1 (Ausführung %2). Der Sicherungspunkt wurde vor dessen Ausführung erstellt; die Unterhaltung unmittelbar vor diesem tool_use fortsetzen.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Conversation cut point: none (this checkpoint was not taken before a tool call).
</source>
        <translation>Schnittpunkt der Unterhaltung: keiner (dieser Sicherungspunkt wurde nicht vor einem Werkzeugaufruf erstellt).
</translation>
    </message>
    <message>
        <source>To undo this rewind: agent-workbench checkpoints rewind %1 --workspace %2
</source>
        <translation>Zum Rückgängigmachen dieses Zurücksetzens: agent-workbench checkpoints rewind %1 --workspace %2
</translation>
    </message>
    <message>
        <source>List, compare and restore workspace checkpoints.</source>
        <translation>Sicherungspunkte des Arbeitsbereichs auflisten, vergleichen und wiederherstellen.</translation>
    </message>
    <message>
        <source>The checkpoint store (default: the app&apos;s data location).</source>
        <translation>Der Speicherort der Sicherungspunkte (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>diff: only the list of changed paths.</source>
        <translation>diff: nur die Liste der geänderten Pfade.</translation>
    </message>
    <message>
        <source>rewind: do not checkpoint the current state first.</source>
        <translation>rewind: den aktuellen Stand nicht zuerst sichern.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 refused the connection. Is the URL right and the Worker deployed?</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 hat die Verbindung abgelehnt. Stimmt die Adresse und ist der Worker bereitgestellt?</translation>
    </message>
    <message>
        <source>%1 failed: the host of the sandbox bridge URL %2 was not found.</source>
        <translation>%1 fehlgeschlagen: Der Rechner der Sandbox-Bridge-Adresse %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 failed: the secure (TLS) connection to the sandbox bridge at %2 could not be established. Check the certificate and the URL.</source>
        <translation>%1 fehlgeschlagen: Die sichere (TLS-)Verbindung zur Sandbox-Bridge unter %2 konnte nicht aufgebaut werden. Zertifikat und Adresse prüfen.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 did not answer in time.</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 closed the connection.</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 could not be reached.</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 rejected the API key (401). Set SANDBOX_API_KEY, or store the key in the app&apos;s settings; it must equal the Worker&apos;s SANDBOX_API_KEY secret.</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 hat den API-Schlüssel abgelehnt (401). SANDBOX_API_KEY setzen oder den Schlüssel in den Einstellungen der Anwendung speichern; er muss dem Secret SANDBOX_API_KEY des Workers entsprechen.</translation>
    </message>
    <message>
        <source>%1 failed: no such file in the sandbox.</source>
        <translation>%1 fehlgeschlagen: Diese Datei gibt es in der Sandbox nicht.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 has no such route (404). Is the URL the Worker&apos;s root, and is that Worker a sandbox bridge?</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 kennt diesen Pfad nicht (404). Ist die Adresse die Wurzel des Workers, und ist dieser Worker eine Sandbox-Bridge?</translation>
    </message>
    <message>
        <source>%1 failed: the bridge refused a path outside /workspace (403).</source>
        <translation>%1 fehlgeschlagen: Die Bridge hat einen Pfad außerhalb von /workspace abgelehnt (403).</translation>
    </message>
    <message>
        <source>%1 failed: the bridge refused the data as too large (413; at most 32 MiB per file).</source>
        <translation>%1 fehlgeschlagen: Die Bridge hat die Daten als zu groß abgelehnt (413; höchstens 32 MiB pro Datei).</translation>
    </message>
    <message>
        <source>%1 failed: Cloudflare has no sandbox capacity left for this Worker (its max_instances is reached). Try again later or raise the limit in wrangler.jsonc.</source>
        <translation>%1 fehlgeschlagen: Cloudflare hat für diesen Worker keine Sandbox-Kapazität mehr (max_instances ist erreicht). Später erneut versuchen oder das Limit in wrangler.jsonc erhöhen.</translation>
    </message>
    <message>
        <source>%1 failed: the bridge called the request invalid (400).</source>
        <translation>%1 fehlgeschlagen: Die Bridge hat die Anfrage als ungültig abgewiesen (400).</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 reported a failure on its side (%3).</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 meldet einen Fehler auf ihrer Seite (%3).</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 answered with status %3.</source>
        <translation>%1 fehlgeschlagen: Die Sandbox-Bridge unter %2 hat mit Status %3 geantwortet.</translation>
    </message>
    <message>
        <source>a link is in the way, and links are never followed</source>
        <translation>ein Link steht im Weg, und Links wird nie gefolgt</translation>
    </message>
</context>
<context>
    <name>Workbench::ActionSet</name>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&amp;New Run</source>
        <translation>&amp;Neue Ausführung</translation>
    </message>
    <message>
        <source>Run the &amp;Demo</source>
        <translation>&amp;Demo ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop the Run</source>
        <translation>Ausführung &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation or Output…</source>
        <translation>In Unterhaltung oder Ausgabe &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tool Call</source>
        <translation>&amp;Nächster Werkzeugaufruf</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tool Call</source>
        <translation>&amp;Vorheriger Werkzeugaufruf</translation>
    </message>
    <message>
        <source>Go to the &amp;Conversation</source>
        <translation>Zur &amp;Unterhaltung wechseln</translation>
    </message>
    <message>
        <source>Go to the &amp;Script</source>
        <translation>Zum S&amp;kript wechseln</translation>
    </message>
    <message>
        <source>Go to the &amp;Output</source>
        <translation>Zur &amp;Ausgabe wechseln</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>Transkript ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Claude &amp;Code Sessions…</source>
        <translation>Claude-&amp;Code-Sitzungen …</translation>
    </message>
</context>
<context>
    <name>Workbench::ApiKeyStore</name>
    <message>
        <source>No desktop keychain is available (%1). Set %2, or enter a key under Settings to use it for this session.</source>
        <translation>Kein Schlüsselbund der Arbeitsumgebung verfügbar (%1). %2 setzen oder einen Schlüssel in den Einstellungen eingeben, um ihn für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>The key is used for this session only; the keychain could not store it: %1</source>
        <translation>Der Schlüssel gilt nur für diese Sitzung; der Schlüsselbund konnte ihn nicht speichern: %1</translation>
    </message>
    <message>
        <source>The key is forgotten for this session; the keychain could not remove it: %1</source>
        <translation>Der Schlüssel wird für diese Sitzung verworfen; der Schlüsselbund konnte ihn nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalDialog</name>
    <message>
        <source>only reads</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>writes to the workspace</source>
        <translation>schreibt in den Arbeitsbereich</translation>
    </message>
    <message>
        <source>runs commands</source>
        <translation>führt Befehle aus</translation>
    </message>
    <message>
        <source>Approve tool call?</source>
        <translation>Werkzeugaufruf genehmigen?</translation>
    </message>
    <message>
        <source>Approve tool call</source>
        <translation>Werkzeugaufruf genehmigen</translation>
    </message>
    <message>
        <source>use the %1 tool</source>
        <translation>das Werkzeug %1 verwenden</translation>
    </message>
    <message>
        <source>Claude wants to %1</source>
        <translation>Claude möchte %1</translation>
    </message>
    <message>
        <source>Tool: %1 (%2)</source>
        <translation>Werkzeug: %1 (%2)</translation>
    </message>
    <message>
        <source>What will run</source>
        <translation>Was ausgeführt wird</translation>
    </message>
    <message>
        <source>The exact script or command Claude asks to run, read-only</source>
        <translation>Das genaue Skript oder der Befehl, den Claude ausführen möchte, schreibgeschützt</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Where the command runs, as the sandbox sees it</source>
        <translation>Wo der Befehl läuft, aus Sicht der Sandbox</translation>
    </message>
    <message>
        <source>Why you are asked</source>
        <translation>Grund der Nachfrage</translation>
    </message>
    <message>
        <source>Why the permission policy asks before running this call</source>
        <translation>Warum die Berechtigungsrichtlinie vor diesem Aufruf nachfragt</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Berechtigungsmodus</translation>
    </message>
    <message>
        <source>The permission mode of this run</source>
        <translation>Der Berechtigungsmodus dieser Ausführung</translation>
    </message>
    <message>
        <source>Working directory:</source>
        <translation>Arbeitsordner:</translation>
    </message>
    <message>
        <source>Why you are asked:</source>
        <translation>Grund der Nachfrage:</translation>
    </message>
    <message>
        <source>Permission mode:</source>
        <translation>Berechtigungsmodus:</translation>
    </message>
    <message>
        <source>  (not fully understood: %1)</source>
        <translation>  (nicht vollständig verstanden: %1)</translation>
    </message>
    <message>
        <source>Subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Rule to remember</source>
        <translation>Zu merkende Regel</translation>
    </message>
    <message>
        <source>Allow rules saved by Approve and remember; separate several with commas</source>
        <translation>Erlaubnisregeln, die „Genehmigen und merken“ speichert; mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <source>Remember for</source>
        <translation>Merken für</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Diese Ausführung</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>&amp;Remember rule:</source>
        <translation>&amp;Regel merken:</translation>
    </message>
    <message>
        <source>Earlier calls this rule would have matched</source>
        <translation>Frühere Aufrufe, auf die diese Regel gepasst hätte</translation>
    </message>
    <message>
        <source>Would have matched:</source>
        <translation>Hätte gepasst auf:</translation>
    </message>
    <message>
        <source>Message to Claude if you deny (optional)</source>
        <translation>Nachricht an Claude beim Ablehnen (optional)</translation>
    </message>
    <message>
        <source>Message to Claude</source>
        <translation>Nachricht an Claude</translation>
    </message>
    <message>
        <source>Optional; sent to Claude with a denial. Enter denies with this message.</source>
        <translation>Optional; wird mit einer Ablehnung an Claude gesendet. Die Eingabetaste lehnt mit dieser Nachricht ab.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Do not run this call; Claude gets your message, if any</source>
        <translation>Diesen Aufruf nicht ausführen; Claude erhält gegebenenfalls die Nachricht</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Run this call once (Ctrl+Return)</source>
        <translation>Diesen Aufruf einmal ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change the script before approving; the edited text is what runs</source>
        <translation>Das Skript vor dem Genehmigen ändern; ausgeführt wird der bearbeitete Text</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; Re&amp;member</source>
        <translation>Genehmigen und &amp;merken</translation>
    </message>
    <message>
        <source>Approve and remember</source>
        <translation>Genehmigen und merken</translation>
    </message>
    <message>
        <source>Run this call and save the rule for the chosen scope</source>
        <translation>Diesen Aufruf ausführen und die Regel für den gewählten Bereich speichern</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Close this dialog; the call keeps waiting in the approval inbox</source>
        <translation>Diesen Dialog schließen; der Aufruf wartet weiter im Genehmigungseingang</translation>
    </message>
    <message>
        <source>Keep this call waiting in the approval inbox</source>
        <translation>Diesen Aufruf im Genehmigungseingang warten lassen</translation>
    </message>
    <message>
        <source>The user closed the approval dialog without approving.</source>
        <translation>Der Dialog zur Genehmigung wurde ohne Genehmigung geschlossen.</translation>
    </message>
    <message>
        <source>The script to run; your edits are what runs when you approve</source>
        <translation>Das auszuführende Skript; beim Genehmigen wird die bearbeitete Fassung ausgeführt</translation>
    </message>
    <message>
        <source>Edit what Claude wants to run, then approve</source>
        <translation>Bearbeiten, was Claude ausführen möchte, und dann genehmigen</translation>
    </message>
    <message>
        <source>Write the rule to remember, for example Bash(npm run test:*).</source>
        <translation>Die zu merkende Regel eingeben, zum Beispiel Bash(npm run test:*).</translation>
    </message>
    <message>
        <source>(no earlier call of this run)</source>
        <translation>(kein früherer Aufruf in dieser Ausführung)</translation>
    </message>
    <message>
        <source>Allow network access?</source>
        <translation>Netzwerkzugriff erlauben?</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>Netzwerkzugriff erlauben</translation>
    </message>
    <message>
        <source>A command in the sandbox wants to reach %1</source>
        <translation>Ein Befehl in der Sandbox möchte %1 erreichen</translation>
    </message>
    <message>
        <source>Allowing it lets every command of this run reach that host and port.</source>
        <translation>Wenn Sie zustimmen, erreicht jeder Befehl dieser Ausführung diesen Host und Port.</translation>
    </message>
    <message>
        <source>Allow for This &amp;Run</source>
        <translation>Für diese Ausfüh&amp;rung erlauben</translation>
    </message>
    <message>
        <source>Allow for this run</source>
        <translation>Für diese Ausführung erlauben</translation>
    </message>
    <message>
        <source>Let every command of this run reach this host and port (Ctrl+Return)</source>
        <translation>Jeden Befehl dieser Ausführung diesen Host und Port erreichen lassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Always Allow</source>
        <translation>&amp;Immer erlauben</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Allow it now and save the rule for the chosen scope, so later runs are not asked</source>
        <translation>Jetzt erlauben und die Regel für den gewählten Bereich speichern, damit spätere Ausführungen nicht mehr fragen</translation>
    </message>
    <message>
        <source>Refuse the connection; the command sees it fail</source>
        <translation>Verbindung verweigern; für den Befehl schlägt sie fehl</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s per call</source>
        <translation>%1 s pro Aufruf</translation>
    </message>
    <message>
        <source>CPU %1 s</source>
        <translation>CPU %1 s</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>files up to %1</source>
        <translation>Dateien bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open files</source>
        <translation>
            <numerusform>%n offene Datei</numerusform>
            <numerusform>%n offene Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>no sandbox: runs as you, on this machine</source>
        <translation>keine Sandbox: läuft mit Ihren Rechten auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sandbox and limits</source>
        <translation>Sandbox und Grenzen</translation>
    </message>
    <message>
        <source>The sandbox this call runs in and the limits that bind it</source>
        <translation>Die Sandbox, in der dieser Aufruf läuft, und die Grenzen, die für ihn gelten</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Sandbox:</translation>
    </message>
    <message>
        <source>off — the sandbox has no network</source>
        <translation>aus – die Sandbox hat kein Netzwerk</translation>
    </message>
    <message>
        <source>only through the app&apos;s filtering proxy; no domain is allowed yet</source>
        <translation>nur über den filternden Proxy der App; noch ist keine Domäne erlaubt</translation>
    </message>
    <message>
        <source>only through the app&apos;s filtering proxy; allowed: %1</source>
        <translation>nur über den filternden Proxy der App; erlaubt: %1</translation>
    </message>
    <message>
        <source>not restricted — this call runs without a sandbox</source>
        <translation>nicht eingeschränkt – dieser Aufruf läuft ohne Sandbox</translation>
    </message>
    <message>
        <source>decided by the remote sandbox; not verified by this app</source>
        <translation>bestimmt die entfernte Sandbox; von dieser App nicht überprüft</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Whether and how this call can reach the network</source>
        <translation>Ob und wie dieser Aufruf das Netzwerk erreicht</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no domain. Write WebFetch(domain:HOST), for example %2.</source>
        <translation>„%1“ nennt keine Domäne. Schreiben Sie WebFetch(domain:HOST), zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Write the rule to remember, for example %1.</source>
        <translation>Die Regel eingeben, die gespeichert werden soll, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>workspace growth up to %1</source>
        <translation>Arbeitsbereich wächst um höchstens %1</translation>
    </message>
    <message>
        <source>read-only extra: %1</source>
        <translation>zusätzlich schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Read-only extras</source>
        <translation>Zusätzliche schreibgeschützte Ordner</translation>
    </message>
    <message>
        <source>Host folders the sandbox can read but not change</source>
        <translation>Ordner des Rechners, die die Sandbox lesen, aber nicht ändern kann</translation>
    </message>
    <message>
        <source>Host folders:</source>
        <translation>Ordner des Rechners:</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalInbox</name>
    <message>
        <source>No call is waiting for approval.</source>
        <translation>Kein Aufruf wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Calls waiting for approval</source>
        <translation>Aufrufe, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>Decide the selected call in the approval dialog (Enter)</source>
        <translation>Über den ausgewählten Aufruf im Genehmigungsdialog entscheiden (Eingabe)</translation>
    </message>
    <message>
        <source>Run the selected call as it is (Ctrl+Return)</source>
        <translation>Den ausgewählten Aufruf unverändert ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Do not run the selected call (Delete)</source>
        <translation>Den ausgewählten Aufruf nicht ausführen (Entf)</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalInboxModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalRouter</name>
    <message>
        <source>Approve a call of %1?</source>
        <translation>Einen Aufruf von %1 genehmigen?</translation>
    </message>
    <message>
        <source>%1 — waiting for your approval</source>
        <translation>%1 – wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>&amp;Answer the Waiting Approval</source>
        <translation>Wartende Genehmigung &amp;beantworten</translation>
    </message>
    <message>
        <source>Open the newest call waiting for your approval (%1)</source>
        <translation>Den neuesten Aufruf öffnen, der auf Ihre Genehmigung wartet (%1)</translation>
    </message>
    <message>
        <source>%1 is waiting for your approval. Press %2 to answer.</source>
        <translation>%1 wartet auf Ihre Genehmigung. Zum Beantworten %2 drücken.</translation>
    </message>
</context>
<context>
    <name>Workbench::BranchCompareView</name>
    <message>
        <source>Compare Branches: %1 and %2</source>
        <translation>Zweige vergleichen: %1 und %2</translation>
    </message>
    <message>
        <source>The branches part after step %1 (tool call %2). Left saw: “%3”. Right saw: “%4”.</source>
        <translation>Die Zweige trennen sich nach Schritt %1 (Werkzeugaufruf %2). Links: „%3“. Rechts: „%4“.</translation>
    </message>
    <message>
        <source>The two conversations are the same so far.</source>
        <translation>Die beiden Unterhaltungen sind bisher gleich.</translation>
    </message>
    <message>
        <source>The conversations differ from item %1 on.</source>
        <translation>Die Unterhaltungen unterscheiden sich ab Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>Workbench::BranchController</name>
    <message>
        <source>Compare with &amp;Parent Branch</source>
        <translation>Mit &amp;Elternzweig vergleichen</translation>
    </message>
    <message>
        <source>Show this branch next to the run it was forked from</source>
        <translation>Diesen Zweig neben der Ausführung zeigen, von der er abgezweigt wurde</translation>
    </message>
    <message>
        <source>Cannot fork this run</source>
        <translation>Diese Ausführung lässt sich nicht verzweigen</translation>
    </message>
    <message>
        <source>The transcript has no tool call %1 yet.</source>
        <translation>Das Transkript enthält noch keinen Werkzeugaufruf %1.</translation>
    </message>
    <message>
        <source>The run could not be restored</source>
        <translation>Die Ausführung ließ sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot rewind this run</source>
        <translation>Diese Ausführung lässt sich nicht zurückspulen</translation>
    </message>
    <message>
        <source>The transcript has no tool call %1.</source>
        <translation>Das Transkript enthält keinen Werkzeugaufruf %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No file differs from that checkpoint.</source>
        <translation>Keine Datei weicht von diesem Prüfpunkt ab.</translation>
    </message>
    <message>
        <source>Rewind to Before Step %1?</source>
        <translation>Auf den Stand vor Schritt %1 zurückspulen?</translation>
    </message>
    <message>
        <source>Rewind the workspace to how it was just before step %1?

What changes:
%2

The conversation is cut back to just before that call, in this tab and transcript, and the call is asked about again. The current files are kept in a safety checkpoint, so this can be undone.</source>
        <translation>Den Arbeitsbereich auf den Stand direkt vor Schritt %1 zurückspulen?

Was sich ändert:
%2

Die Unterhaltung wird in diesem Tab und im Transkript bis kurz vor diesen Aufruf gekürzt, und der Aufruf wird erneut zur Genehmigung vorgelegt. Die aktuellen Dateien werden in einem Sicherungs-Prüfpunkt aufbewahrt; das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation>&amp;Zurückspulen</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Compare works on a branch whose parent run is still open in a tab. Fork a run from a tool call (right-click it) to make a branch.</source>
        <translation>Vergleichen geht bei einem Zweig, dessen Eltern-Ausführung noch in einem Tab offen ist. Einen Zweig erstellen Sie, indem Sie eine Ausführung an einem Werkzeugaufruf verzweigen (Rechtsklick darauf).</translation>
    </message>
    <message>
        <source>branch at step %1 of %2</source>
        <translation>Zweig bei Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Continue with a &amp;Follow-up…</source>
        <translation>Mit einer &amp;Folgenachricht fortsetzen …</translation>
    </message>
    <message>
        <source>Send Claude another message in a run that has stopped, and let it go on</source>
        <translation>Claude in einer beendeten Ausführung eine weitere Nachricht senden und sie weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the transcript</source>
        <translation>Das Lesen des Transkripts abbrechen</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Reading the transcript to fork it…</source>
        <translation>Transkript wird zum Verzweigen gelesen …</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Your next message to Claude. The run goes on from its transcript, with its conversation and workspace as they are now.</source>
        <translation>Ihre nächste Nachricht an Claude. Die Ausführung geht von ihrem Transkript aus weiter, mit Unterhaltung und Arbeitsbereich im jetzigen Zustand.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>The run is still going</source>
        <translation>Die Ausführung läuft noch</translation>
    </message>
    <message>
        <source>A follow-up is sent once the run has stopped. Wait for it to finish, or stop it.</source>
        <translation>Eine Folgenachricht wird gesendet, sobald die Ausführung beendet ist. Warten Sie, bis sie fertig ist, oder stoppen Sie sie.</translation>
    </message>
    <message>
        <source>Reading the transcript to rewind it…</source>
        <translation>Transkript wird zum Zurückspulen gelesen …</translation>
    </message>
    <message>
        <source>%1

The run is still going: it is stopped first, and the rewind starts once it has stopped. Files it changes until then are restored too.</source>
        <translation>%1

Die Ausführung läuft noch: Sie wird zuerst gestoppt, und das Zurückspulen beginnt, sobald sie angehalten hat. Dateien, die sie bis dahin ändert, werden ebenfalls wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Stop and Rewind</source>
        <translation>&amp;Stoppen und zurückspulen</translation>
    </message>
    <message>
        <source>Stopping the run before rewinding…</source>
        <translation>Ausführung wird vor dem Zurückspulen gestoppt …</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeEndpoint</name>
    <message>
        <source>No sandbox bridge URL: pass --bridge-url URL or set SANDBOX_BRIDGE_URL (the address of your deployed sandbox bridge Worker).</source>
        <translation>Keine Sandbox-Bridge-Adresse: --bridge-url URL angeben oder SANDBOX_BRIDGE_URL setzen (die Adresse des bereitgestellten Sandbox-Bridge-Workers).</translation>
    </message>
    <message>
        <source>The sandbox bridge URL must be an http(s) address such as https://sandbox.example.com.</source>
        <translation>Die Sandbox-Bridge-Adresse muss eine http(s)-Adresse sein, etwa https://sandbox.example.com.</translation>
    </message>
    <message>
        <source>Do not put credentials in the bridge URL; set SANDBOX_API_KEY instead.</source>
        <translation>Keine Zugangsdaten in die Bridge-Adresse schreiben; stattdessen SANDBOX_API_KEY setzen.</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeExecStream</name>
    <message>
        <source>%1 failed: the bridge sent output that is not base64.</source>
        <translation>%1 fehlgeschlagen: Die Bridge hat Ausgabe gesendet, die nicht base64-kodiert ist.</translation>
    </message>
    <message>
        <source>%1 failed: the bridge&apos;s exit event has no exit code.</source>
        <translation>%1 fehlgeschlagen: Das Beendigungsereignis der Bridge enthält keinen Exit-Code.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox reported an error (%2).</source>
        <translation>%1 fehlgeschlagen: Die Sandbox hat einen Fehler gemeldet (%2).</translation>
    </message>
    <message>
        <source>%1: the connection to the sandbox bridge at %2 was lost before the command finished; its outcome is unknown (it was not retried).</source>
        <translation>%1: Die Verbindung zur Sandbox-Bridge unter %2 ist abgebrochen, bevor der Befehl beendet war; sein Ergebnis ist unbekannt (er wurde nicht wiederholt).</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeHealthJob</name>
    <message>
        <source>Checking the bridge&apos;s health</source>
        <translation>Zustand der Bridge wird geprüft</translation>
    </message>
    <message>
        <source>The sandbox bridge at %1 is up but misconfigured (503).</source>
        <translation>Die Sandbox-Bridge unter %1 läuft, ist aber falsch eingerichtet (503).</translation>
    </message>
    <message>
        <source>Reading the bridge&apos;s API description</source>
        <translation>API-Beschreibung der Bridge wird gelesen</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not with a sandbox bridge&apos;s API description.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht mit der API-Beschreibung einer Sandbox-Bridge.</translation>
    </message>
    <message>
        <source>The sandbox bridge at %1 is up: %2 %3</source>
        <translation>Die Sandbox-Bridge unter %1 läuft: %2 %3</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeSettingsBox</name>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox (entfernt)</translation>
    </message>
    <message>
        <source>https://sandbox-bridge.example.workers.dev</source>
        <translation>https://sandbox-bridge.example.workers.dev</translation>
    </message>
    <message>
        <source>Sandbox bridge URL</source>
        <translation>URL der Sandbox-Bridge</translation>
    </message>
    <message>
        <source>Sandbox bridge key</source>
        <translation>Schlüssel der Sandbox-Bridge</translation>
    </message>
    <message>
        <source>The Worker&apos;s SANDBOX_API_KEY secret</source>
        <translation>Das Secret SANDBOX_API_KEY des Workers</translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>Remove Stored K&amp;ey</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Asks the bridge for its health and its API version</source>
        <translation>Fragt die Bridge nach ihrem Zustand und ihrer API-Version</translation>
    </message>
    <message>
        <source>Bridge &amp;URL:</source>
        <translation>Bridge-&amp;URL:</translation>
    </message>
    <message>
        <source>Bridge key:</source>
        <translation>Bridge-Schlüssel:</translation>
    </message>
    <message>
        <source>From the SANDBOX_API_KEY environment variable, which wins over a stored key. Unset it to use a stored key.</source>
        <translation>Aus der Umgebungsvariablen SANDBOX_API_KEY, die Vorrang vor einem gespeicherten Schlüssel hat. Entfernen Sie sie, um einen gespeicherten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>A key is stored in the desktop keychain. Enter a new one to replace it.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund der Arbeitsumgebung gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No key is set. Enter the Worker&apos;s SANDBOX_API_KEY secret; it is kept in the desktop keychain and only ever sent in the Authorization header.</source>
        <translation>Kein Schlüssel gesetzt. Geben Sie das Secret SANDBOX_API_KEY des Workers ein; es wird im Schlüsselbund der Arbeitsumgebung aufbewahrt und nur im Authorization-Header gesendet.</translation>
    </message>
    <message>
        <source>The address of your deployed sandbox bridge Worker (docs/cloudflare-bridge.md).</source>
        <translation>Die Adresse Ihres bereitgestellten Sandbox-Bridge-Workers (docs/cloudflare-bridge.md).</translation>
    </message>
    <message>
        <source>SANDBOX_BRIDGE_URL is set (%1) and wins over this field.</source>
        <translation>SANDBOX_BRIDGE_URL ist gesetzt (%1) und hat Vorrang vor diesem Feld.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>Verbunden mit %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Workbench::ClaudeCodeMessageModel</name>
    <message>
        <source>Compaction</source>
        <translation>Verdichtung</translation>
    </message>
    <message>
        <source>Summary of the compacted conversation</source>
        <translation>Zusammenfassung der verdichteten Unterhaltung</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API-Fehler</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>User (added by Claude Code)</source>
        <translation>Benutzer (von Claude Code hinzugefügt)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File snapshot</source>
        <translation>Dateischnappschuss</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Unknown line type &quot;%1&quot;</source>
        <translation>Unbekannter Zeilentyp „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Token ein / aus</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Workbench::ClaudeCodeSessionModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
First prompt: %2</source>
        <translation>%1
Erste Eingabe: %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareExecJob</name>
    <message>
        <source>Listing the remote workspace</source>
        <translation>Entfernter Arbeitsbereich wird aufgelistet</translation>
    </message>
    <message>
        <source>Running the command</source>
        <translation>Befehl wird ausgeführt</translation>
    </message>
    <message>
        <source>wall-clock limit of %1 s reached</source>
        <translation>Zeitlimit von %1 s erreicht</translation>
    </message>
    <message>
        <source>output limit of %1 MiB reached</source>
        <translation>Ausgabelimit von %1 MiB erreicht</translation>
    </message>
    <message>
        <source>the remote command may still be running: stopping it failed (%1)</source>
        <translation>Der entfernte Befehl läuft möglicherweise noch: Anhalten fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Stopping the command</source>
        <translation>Befehl wird angehalten</translation>
    </message>
    <message>
        <source>Nothing was copied back to the local folder: the remote workspace could not be listed, so what changed is not known.</source>
        <translation>Nichts wurde in den lokalen Ordner zurückkopiert: Der entfernte Arbeitsbereich ließ sich nicht auflisten, daher ist nicht bekannt, was sich geändert hat.</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareSandbox</name>
    <message>
        <source>The sandbox bridge URL is not set or not valid.</source>
        <translation>Die Sandbox-Bridge-Adresse ist nicht gesetzt oder ungültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sandbox id: the bridge&apos;s ids are lower-case letters a–z and digits 2–7.</source>
        <translation>„%1“ ist keine Sandbox-Kennung: Die Kennungen der Bridge bestehen aus Kleinbuchstaben a–z und Ziffern 2–7.</translation>
    </message>
    <message>
        <source>Creating the remote sandbox</source>
        <translation>Entfernte Sandbox wird erstellt</translation>
    </message>
    <message>
        <source>Creating the remote sandbox failed: the bridge at %1 did not return a sandbox id.</source>
        <translation>Erstellen der entfernten Sandbox fehlgeschlagen: Die Bridge unter %1 hat keine Sandbox-Kennung zurückgegeben.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>%1 is not a directory in the workspace.</source>
        <translation>%1 ist kein Ordner im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 wird aufgelistet</translation>
    </message>
    <message>
        <source>Saving the remote workspace</source>
        <translation>Entfernter Arbeitsbereich wird gesichert</translation>
    </message>
    <message>
        <source>Restoring the remote workspace</source>
        <translation>Entfernter Arbeitsbereich wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Deleting the remote sandbox</source>
        <translation>Entfernte Sandbox wird gelöscht</translation>
    </message>
    <message>
        <source>CPU, memory and disk of the container&apos;s instance type; the wall clock and output limits of each call as set by this app</source>
        <translation>CPU, Speicher und Festplatte gemäß Instanztyp des Containers; Zeit- und Ausgabegrenzen jedes Aufrufs wie in dieser App eingestellt</translation>
    </message>
    <message>
        <source>network egress is whatever the remote side enforces (the Worker&apos;s container settings); this app cannot verify it</source>
        <translation>ausgehender Netzwerkverkehr ist, was die Gegenseite durchsetzt (Container-Einstellungen des Workers); diese App kann das nicht überprüfen</translation>
    </message>
    <message>
        <source>The workspace %1 is too large to upload to the remote sandbox (the bridge takes at most 32 MiB as a tar). Choose a smaller folder.</source>
        <translation>Der Arbeitsbereich %1 ist zu groß für das Hochladen in die entfernte Sandbox (die Bridge nimmt höchstens 32 MiB als tar an). Wählen Sie einen kleineren Ordner.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be packed for the remote sandbox (tar failed).</source>
        <translation>Der Arbeitsbereich %1 ließ sich für die entfernte Sandbox nicht packen (tar ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Uploading the workspace</source>
        <translation>Arbeitsbereich wird hochgeladen</translation>
    </message>
    <message>
        <source>The workspace could not be packed for the remote sandbox: tar is missing.</source>
        <translation>Der Arbeitsbereich ließ sich für die entfernte Sandbox nicht packen: tar fehlt.</translation>
    </message>
    <message>
        <source>The remote sandbox %1 has been deleted; nothing more can run in it.</source>
        <translation>Die entfernte Sandbox %1 wurde gelöscht; darin kann nichts mehr laufen.</translation>
    </message>
    <message>
        <source>%1 was written in the remote sandbox, but not copied back to the local folder.</source>
        <translation>%1 wurde in der entfernten Sandbox geschrieben, aber nicht in den lokalen Ordner zurückkopiert.</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareWriteBack</name>
    <message>
        <source>%1 could not be written to the local folder.</source>
        <translation>%1 ließ sich nicht in den lokalen Ordner schreiben.</translation>
    </message>
    <message>
        <source>“%1” is not a path inside the workspace.</source>
        <translation>„%1“ ist kein Pfad innerhalb des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Nothing was copied back to the local folder: %1.</source>
        <translation>Nichts wurde in den lokalen Ordner zurückkopiert: %1.</translation>
    </message>
    <message>
        <source>Not copied back to the local folder: %1.</source>
        <translation>Nicht in den lokalen Ordner zurückkopiert: %1.</translation>
    </message>
    <message>
        <source>Copying back to the local folder was stopped before it was complete.</source>
        <translation>Das Zurückkopieren in den lokalen Ordner wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Links and special files are not copied back: %1.</source>
        <translation>Links und Spezialdateien werden nicht zurückkopiert: %1.</translation>
    </message>
    <message>
        <source>the remote sandbox reported the path “%1”, which is not inside the workspace</source>
        <translation>die entfernte Sandbox meldete den Pfad „%1“, der nicht im Arbeitsbereich liegt</translation>
    </message>
    <message>
        <source>the remote workspace has too many entries to list in full, so what changed is not known exactly</source>
        <translation>der entfernte Arbeitsbereich hat zu viele Einträge, um ihn vollständig aufzulisten, daher ist nicht genau bekannt, was sich geändert hat</translation>
    </message>
    <message>
        <source>%1 is %2, more than the file size limit of %3</source>
        <translation>%1 ist %2 groß, mehr als die Dateigrößengrenze von %3</translation>
    </message>
    <message>
        <source>the changed files total %1, more than the workspace growth limit of %2</source>
        <translation>die geänderten Dateien umfassen zusammen %1, mehr als die Wachstumsgrenze des Arbeitsbereichs von %2</translation>
    </message>
    <message>
        <source>the local folder %1 cannot be opened: %2</source>
        <translation>der lokale Ordner %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copying %1 back from the remote sandbox</source>
        <translation>%1 wird aus der entfernten Sandbox zurückkopiert</translation>
    </message>
    <message>
        <source>%1 (past the workspace growth limit of %2)</source>
        <translation>%1 (über der Wachstumsgrenze des Arbeitsbereichs von %2)</translation>
    </message>
</context>
<context>
    <name>Workbench::ConversationView</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Werkzeugaufruf</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>▾ Thinking (click to fold)</source>
        <translation>▾ Überlegungen (zum Einklappen klicken)</translation>
    </message>
    <message numerus="yes">
        <source>▸ Thinking, %n word(s) (click to show)</source>
        <translation>
            <numerusform>▸ Überlegungen, %n Wort (zum Anzeigen klicken)</numerusform>
            <numerusform>▸ Überlegungen, %n Wörter (zum Anzeigen klicken)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 · out %2 · cache read %3 · cache write %4</source>
        <translation>ein %1 · aus %2 · Cache gelesen %3 · Cache geschrieben %4</translation>
    </message>
    <message>
        <source>%1 · $%2</source>
        <translation>%1 · $%2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The task, Claude&apos;s replies and its tool calls; select a tool call to show its script and output</source>
        <translation>Die Aufgabe, Claudes Antworten und seine Werkzeugaufrufe; einen Werkzeugaufruf auswählen, um Skript und Ausgabe anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let Claude go on from where the answer stopped</source>
        <translation>Claude dort weitermachen lassen, wo die Antwort aufgehört hat</translation>
    </message>
    <message>
        <source>&amp;Retry this turn</source>
        <translation>Diesen Schritt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the failed request again; what arrived before the failure stays shown</source>
        <translation>Die fehlgeschlagene Anfrage erneut senden; was vor dem Fehler ankam, bleibt sichtbar</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens (%3%)</source>
        <translation>Kontext: %1 von %2 Token (%3 %)</translation>
    </message>
    <message>
        <source>%1 left: %2 of %3</source>
        <translation>%1 übrig: %2 von %3</translation>
    </message>
    <message>
        <source>%1 left: %2</source>
        <translation>%1 übrig: %2</translation>
    </message>
    <message>
        <source>%1, resets %2</source>
        <translation>%1, zurückgesetzt um %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Fork from Here…</source>
        <translation>Von hier &amp;verzweigen …</translation>
    </message>
    <message>
        <source>&amp;Rewind Workspace to Before This Call…</source>
        <translation>Arbeitsbereich auf den Stand vor diesem Aufruf &amp;zurückspulen …</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on with this run from its transcript, from the last complete turn</source>
        <translation>Diese Ausführung anhand ihres Transkripts ab dem letzten vollständigen Schritt fortsetzen</translation>
    </message>
</context>
<context>
    <name>Workbench::DesktopIntegration</name>
    <message>
        <source>%1 is waiting for your approval</source>
        <translation>%1 wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>Settings saved to %1</source>
        <translation>Einstellungen in %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transcript(s) older than %1 days (Settings → Transcripts).</source>
        <translation>
            <numerusform>%n Transkript gelöscht, das älter als %1 Tage war (Einstellungen → Transkripte).</numerusform>
            <numerusform>%n Transkripte gelöscht, die älter als %1 Tage waren (Einstellungen → Transkripte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::ExecutionView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Sandbox boundary</source>
        <translation>Sandbox-Grenze</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output of the selected tool call; standard error is shown in the error colour on a tinted background</source>
        <translation>Ausgabe des ausgewählten Werkzeugaufrufs; die Standardfehlerausgabe erscheint in der Fehlerfarbe auf getöntem Hintergrund</translation>
    </message>
    <message>
        <source>The output of the selected tool call appears here.</source>
        <translation>Hier erscheint die Ausgabe des ausgewählten Werkzeugaufrufs.</translation>
    </message>
    <message>
        <source>No tool call selected</source>
        <translation>Kein Werkzeugaufruf ausgewählt</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Noch keine Ausgabe.</translation>
    </message>
    <message>
        <source>%1 characters elided from the middle</source>
        <translation>%1 Zeichen in der Mitte ausgelassen</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Result sent to Claude:
%1</source>
        <translation>An Claude gesendetes Ergebnis:
%1</translation>
    </message>
    <message>
        <source>Sandbox: none — the command ran directly on this machine, without isolation</source>
        <translation>Sandbox: keine – der Befehl lief direkt auf diesem Rechner, ohne Isolierung</translation>
    </message>
    <message>
        <source>Sandbox: %1, uid %2 inside, uid %3 on the host</source>
        <translation>Sandbox: %1, UID %2 innen, UID %3 auf dem Host</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>namespaces (%1)</source>
        <translation>Namensräume (%1)</translation>
    </message>
    <message numerus="yes">
        <source>seccomp (%n calls denied)</source>
        <translation>
            <numerusform>seccomp (%n Aufruf abgewiesen)</numerusform>
            <numerusform>seccomp (%n Aufrufe abgewiesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Landlock ABI %1</source>
        <translation>Landlock-ABI %1</translation>
    </message>
    <message>
        <source>Landlock not available</source>
        <translation>Landlock nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: CPU %2 s, memory %3 MiB, %4 processes, wall %5 s</source>
        <translation>%1: CPU %2 s, Speicher %3 MiB, %4 Prozesse, Laufzeit %5 s</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Schichten: %1</translation>
    </message>
    <message>
        <source>Network: through the app&apos;s filtering proxy; no host allowed yet, others are asked about</source>
        <translation>Netzwerk: über den filternden Proxy der Anwendung; noch kein Host erlaubt, bei anderen wird nachgefragt</translation>
    </message>
    <message>
        <source>Network: through the app&apos;s filtering proxy; allowed: %1; others are asked about</source>
        <translation>Netzwerk: über den filternden Proxy der Anwendung; erlaubt: %1; bei anderen wird nachgefragt</translation>
    </message>
    <message>
        <source>Network: off (loopback only)</source>
        <translation>Netzwerk: aus (nur Loopback)</translation>
    </message>
    <message>
        <source>Network: unrestricted</source>
        <translation>Netzwerk: uneingeschränkt</translation>
    </message>
    <message>
        <source>Read-only extras: %1</source>
        <translation>Zusätzlich schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Workbench::ForkDialog</name>
    <message>
        <source>Fork from Step %1</source>
        <translation>Von Schritt %1 verzweigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Schritt %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>The branch opens in a new tab with its own transcript and its own copy of the workspace, restored from the checkpoint of this step. The turns before it are not sent again; the parent run is left as it is.</source>
        <translation>Der Zweig öffnet sich in einem neuen Tab mit eigenem Transkript und eigener Kopie des Arbeitsbereichs, wiederhergestellt aus dem Prüfpunkt dieses Schritts. Die Schritte davor werden nicht erneut gesendet; die Eltern-Ausführung bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Tool result the branch starts from</source>
        <translation>Werkzeugergebnis, mit dem der Zweig beginnt</translation>
    </message>
    <message>
        <source>Model of the branch</source>
        <translation>Modell des Zweigs</translation>
    </message>
    <message>
        <source>Optional: a message sent to Claude with this result</source>
        <translation>Optional: eine Nachricht, die mit diesem Ergebnis an Claude geht</translation>
    </message>
    <message>
        <source>Message to Claude</source>
        <translation>Nachricht an Claude</translation>
    </message>
    <message>
        <source>&amp;Result Claude sees:</source>
        <translation>&amp;Ergebnis, das Claude sieht:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation>&amp;Verzweigen</translation>
    </message>
</context>
<context>
    <name>Workbench::InspectedToolCall</name>
    <message>
        <source>Run %1 script (%2 lines)</source>
        <translation>%1-Skript ausführen (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Workbench::InspectorModel</name>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>wird gestreamt</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>Turn %1, answered by %2</source>
        <translation>Schritt %1, beantwortet von %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens / result</source>
        <translation>Token / Ergebnis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>Workbench::InspectorView</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none recorded&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;nichts aufgezeichnet&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find in the request body…</source>
        <translation>Im Anfragetext suchen …</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>wird gestreamt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turn %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Schritt %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Time to first token &lt;b&gt;%1&lt;/b&gt; · streaming %2 · &lt;b&gt;%3&lt;/b&gt; · request to answer %4</source>
        <translation>Zeit bis zum ersten Token &lt;b&gt;%1&lt;/b&gt; · Streaming %2 · &lt;b&gt;%3&lt;/b&gt; · Anfrage bis Antwort %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>tokens/s unknown</source>
        <translation>Token/s unbekannt</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · cache read %3 · cache write %4 · cost &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Eingabe %1 · Ausgabe %2 · Cache gelesen %3 · Cache geschrieben %4 · Kosten &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n Versuch, </numerusform>
            <numerusform>%n Versuche, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) waiting %1 in all</source>
        <translation>
            <numerusform>%n Wiederholung, insgesamt %1 gewartet</numerusform>
            <numerusform>%n Wiederholungen, insgesamt %1 gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attempt %1 · HTTP %2 · sent at +%3&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Versuch %1 · HTTP %2 · gesendet bei +%3&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Request headers (credentials removed)&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Anfrage-Header (ohne Zugangsdaten)&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retry %1 of %2&lt;/b&gt; after waiting %3: %4 (%5)%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wiederholung %1 von %2&lt;/b&gt; nach %3 Wartezeit: %4 (%5)%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · request-id %1</source>
        <translation> · request-id %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No headers recorded.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine Header aufgezeichnet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · turn %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Schritt %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Ended: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Beendet: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>stopped by the %1 limit</source>
        <translation>durch die Grenze %1 gestoppt</translation>
    </message>
    <message>
        <source>took &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>dauerte &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>approval took %1</source>
        <translation>Genehmigung dauerte %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>the result went back as an error</source>
        <translation>das Ergebnis ging als Fehler zurück</translation>
    </message>
    <message>
        <source>── stdout ──
</source>
        <translation>── stdout ──
</translation>
    </message>
    <message>
        <source>── stderr ──
</source>
        <translation>── stderr ──
</translation>
    </message>
    <message>
        <source>── sent back to Claude ──
</source>
        <translation>── an Claude zurückgesendet ──
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No decision recorded yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch keine Entscheidung aufgezeichnet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1 · %2 mode · decided by %3 · at +%4&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;%1 · Modus %2 · entschieden von %3 · bei +%4&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule &lt;tt&gt;%1&lt;/tt&gt; from %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Regel &lt;tt&gt;%1&lt;/tt&gt; aus %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>einer unbekannten Quelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Grund: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Matched as &lt;tt&gt;%1(%2)&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geprüft als &lt;tt&gt;%1(%2)&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Risks: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Risiken: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The command could not be split with confidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Befehl ließ sich nicht sicher zerlegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Edited before approval:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;→ &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vor der Genehmigung bearbeitet:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;→ &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Message to Claude: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nachricht an Claude: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No checkpoint: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Prüfpunkt: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing recorded as changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine Änderung aufgezeichnet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Known once the call has run.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Bekannt, sobald der Aufruf gelaufen ist.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;tt&gt;%1&lt;/tt&gt; (%2 bytes)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;tt&gt;%1&lt;/tt&gt; (%2 Byte)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The workspace grew by %1 bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Arbeitsbereich ist um %1 Byte gewachsen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nichts geändert.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte der Ausführung</translation>
    </message>
    <message>
        <source>Select a turn or a tool call (or a bar in the timeline) to see what was sent, what came back and how long it took.</source>
        <translation>Wählen Sie einen Schritt oder Werkzeugaufruf (oder einen Balken in der Zeitleiste), um zu sehen, was gesendet wurde, was zurückkam und wie lange es dauerte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n line(s) of the transcript could not be read and were skipped.</source>
        <translation>
            <numerusform>&lt;br&gt;%n Zeile des Transkripts ließ sich nicht lesen und wurde übersprungen.</numerusform>
            <numerusform>&lt;br&gt;%n Zeilen des Transkripts ließen sich nicht lesen und wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::JsonBrowser</name>
    <message>
        <source>Find a key or a value…</source>
        <translation>Schlüssel oder Wert suchen …</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Workbench::MainWindow</name>
    <message>
        <source>Agent Workbench</source>
        <translation>Agent Workbench</translation>
    </message>
    <message>
        <source>Approval Inbox</source>
        <translation>Genehmigungseingang</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Describe a task for Claude, then press Enter (each run opens a tab)</source>
        <translation>Eine Aufgabe für Claude beschreiben, dann die Eingabetaste drücken (jede Ausführung öffnet einen Reiter)</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Berechtigungsmodus</translation>
    </message>
    <message>
        <source>Permission mode of the current run, and of new runs</source>
        <translation>Berechtigungsmodus der aktuellen und neuer Ausführungen</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>Vor dem Ausführen fragen</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>Änderungen annehmen</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>Nur planen</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>Nicht fragen (ablehnen)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>Umgehen (weiterhin in der Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close Run Tab</source>
        <translation>Ausführungsreiter s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to the Approval &amp;Inbox</source>
        <translation>Zum &amp;Genehmigungseingang wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Agent Workbench</source>
        <translation>Ü&amp;ber Agent Workbench</translation>
    </message>
    <message>
        <source>About Agent Workbench</source>
        <translation>Über Agent Workbench</translation>
    </message>
    <message>
        <source>Agent Workbench %1
Watch, control and trust what a Claude agent runs.</source>
        <translation>Agent Workbench %1
Beobachten, steuern und nachvollziehen, was ein Claude-Agent ausführt.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The run could not start</source>
        <translation>Die Ausführung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Claude needs an Anthropic API key. Set ANTHROPIC_API_KEY or enter one under File → Settings → API key. To see the workbench without a key, use File → Run the Demo.</source>
        <translation>Claude benötigt einen Anthropic-API-Schlüssel. ANTHROPIC_API_KEY setzen oder einen Schlüssel unter Datei → Einstellungen → API-Schlüssel eingeben. Um die Workbench ohne Schlüssel kennenzulernen, Datei → Demo ausführen wählen.</translation>
    </message>
</context>
<context>
    <name>Workbench::Notifier</name>
    <message>
        <source>The run finished</source>
        <translation>Die Ausführung ist abgeschlossen</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Die Ausführung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Claude is waiting for your approval</source>
        <translation>Claude wartet auf Genehmigung</translation>
    </message>
</context>
<context>
    <name>Workbench::RemoteSandboxReaper</name>
    <message>
        <source>The remote sandbox %1 at %2 could not be deleted: %3 It stays until the bridge&apos;s idle timeout ends it.</source>
        <translation>Die entfernte Sandbox %1 unter %2 ließ sich nicht löschen: %3 Sie bleibt bestehen, bis das Leerlauf-Zeitlimit der Bridge sie beendet.</translation>
    </message>
    <message>
        <source>The remote sandbox %1 at %2 did not answer the delete within %3 s. It stays until the bridge&apos;s idle timeout ends it.</source>
        <translation>Die entfernte Sandbox %1 unter %2 hat auf das Löschen nicht innerhalb von %3 s geantwortet. Sie bleibt bestehen, bis das Leerlauf-Zeitlimit der Bridge sie beendet.</translation>
    </message>
</context>
<context>
    <name>Workbench::RunInspection</name>
    <message>
        <source>Cannot read the transcript %1</source>
        <translation>Das Transkript %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>The event is not in the transcript any more.</source>
        <translation>Das Ereignis steht nicht mehr im Transkript.</translation>
    </message>
    <message>
        <source>Line %1 of the transcript cannot be read any more.</source>
        <translation>Zeile %1 des Transkripts lässt sich nicht mehr lesen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Workbench::RunInspector</name>
    <message>
        <source>Cannot read the transcript %1</source>
        <translation>Das Transkript %1 lässt sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>Workbench::RunPage</name>
    <message>
        <source>E&amp;xecute the Plan</source>
        <translation>Plan a&amp;usführen</translation>
    </message>
    <message>
        <source>Ask Claude to carry out its plan in the current permission mode</source>
        <translation>Claude bitten, seinen Plan im aktuellen Berechtigungsmodus umzusetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were proposed in plan mode. The run is now in %1 mode: execute the plan to let Claude carry it out.</source>
        <translation>
            <numerusform>%n Aufruf wurde im Planmodus vorgeschlagen. Die Ausführung ist jetzt im Modus %1: den Plan ausführen, damit Claude ihn umsetzt.</numerusform>
            <numerusform>%n Aufrufe wurden im Planmodus vorgeschlagen. Die Ausführung ist jetzt im Modus %1: den Plan ausführen, damit Claude ihn umsetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan mode: %n call(s) proposed, none run. Switch the permission mode, then execute the plan.</source>
        <translation>
            <numerusform>Planmodus: %n Aufruf vorgeschlagen, keiner ausgeführt. Den Berechtigungsmodus wechseln und dann den Plan ausführen.</numerusform>
            <numerusform>Planmodus: %n Aufrufe vorgeschlagen, keiner ausgeführt. Den Berechtigungsmodus wechseln und dann den Plan ausführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were proposed in plan mode.</source>
        <translation>
            <numerusform>%n Aufruf wurde im Planmodus vorgeschlagen.</numerusform>
            <numerusform>%n Aufrufe wurden im Planmodus vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Waiting for Claude</source>
        <translation>Warten auf Claude</translation>
    </message>
    <message>
        <source>Running a tool call</source>
        <translation>Werkzeugaufruf wird ausgeführt</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Warten auf Genehmigung</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2 · %3 mode · transcript %4</source>
        <translation>Schritt %1 · %2 · Modus %3 · Transkript %4</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 out</source>
        <translation>Token: %1 ein · %2 aus</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Inspector · Timeline</source>
        <translation>Inspektor · Zeitleiste</translation>
    </message>
    <message>
        <source>Each turn&apos;s request, headers, events, timings and cost; each tool call&apos;s decisions, sandbox and changes; the run as a timeline</source>
        <translation>Anfrage, Header, Ereignisse, Zeiten und Kosten jedes Schritts; Entscheidungen, Sandbox und Änderungen jedes Werkzeugaufrufs; die Ausführung als Zeitleiste</translation>
    </message>
    <message>
        <source>(created at the first call)</source>
        <translation>(wird beim ersten Aufruf erstellt)</translation>
    </message>
    <message>
        <source>Runs remotely in Cloudflare Sandbox %1 via %2 · limits: %3 (%4 s per call) · %5</source>
        <translation>Läuft entfernt in Cloudflare Sandbox %1 über %2 · Grenzen: %3 (%4 s pro Aufruf) · %5</translation>
    </message>
    <message>
        <source>Runs on this computer WITHOUT a sandbox: commands run as you, with your files, keys and network · workspace %1</source>
        <translation>Läuft auf diesem Rechner OHNE Sandbox: Befehle laufen mit Ihren Rechten, mit Ihren Dateien, Schlüsseln und Ihrem Netzwerk · Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Runs on this computer in a bubblewrap sandbox · workspace %1 · %2 s per call · %3</source>
        <translation>Läuft auf diesem Rechner in einer bubblewrap-Sandbox · Arbeitsbereich %1 · %2 s pro Aufruf · %3</translation>
    </message>
    <message>
        <source>network only through the app&apos;s filtering proxy</source>
        <translation>Netzwerk nur über den filternden Proxy der App</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>Claude ended its turn</source>
        <translation>Claude hat seinen Schritt beendet</translation>
    </message>
    <message>
        <source>a stop sequence</source>
        <translation>eine Stoppsequenz</translation>
    </message>
    <message>
        <source>the output limit was reached</source>
        <translation>die Ausgabegrenze wurde erreicht</translation>
    </message>
    <message>
        <source>the turn limit was reached</source>
        <translation>die Schrittgrenze wurde erreicht</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>von Ihnen gestoppt</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ein Fehler</translation>
    </message>
    <message>
        <source>Claude declined</source>
        <translation>Claude hat abgelehnt</translation>
    </message>
    <message>
        <source>paused by the API</source>
        <translation>von der API pausiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Workbench::ScriptView</name>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>The script the selected tool call runs, read-only</source>
        <translation>Das Skript, das der ausgewählte Werkzeugaufruf ausführt, schreibgeschützt</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Arbeitsordner: %1</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <source>No script selected</source>
        <translation>Kein Skript ausgewählt</translation>
    </message>
</context>
<context>
    <name>Workbench::SessionBrowser</name>
    <message>
        <source>Claude Code Sessions</source>
        <translation>Claude-Code-Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>&amp;Projektordner:</translation>
    </message>
    <message>
        <source>&amp;Other Folder…</source>
        <translation>&amp;Anderer Ordner …</translation>
    </message>
    <message>
        <source>Claude Code projects and sessions</source>
        <translation>Claude-Code-Projekte und -Sitzungen</translation>
    </message>
    <message>
        <source>Projects with their sessions, newest first; Enter opens a session</source>
        <translation>Projekte mit ihren Sitzungen, neueste zuerst; Eingabe öffnet eine Sitzung</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Looking for sessions in %1…</source>
        <translation>Suche Sitzungen in %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 session(s). Sessions open read-only; nothing here changes them.</source>
        <translation>
            <numerusform>%n Projekt, %1 Sitzung(en). Sitzungen öffnen sich schreibgeschützt; hier wird nichts an ihnen geändert.</numerusform>
            <numerusform>%n Projekte, %1 Sitzung(en). Sitzungen öffnen sich schreibgeschützt; hier wird nichts an ihnen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Claude Code Projects Folder</source>
        <translation>Claude-Code-Projektordner wählen</translation>
    </message>
</context>
<context>
    <name>Workbench::SettingsDialog</name>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Einstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the pages and fields that match</source>
        <translation>Zeigt nur die passenden Seiten und Felder</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sandbox and limits</source>
        <translation>Sandbox und Limits</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Anthropic Messages API</source>
        <translation>Anthropic Messages API</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The model id used for new runs; any id can be typed</source>
        <translation>Die Modellkennung für neue Ausführungen; jede Kennung kann eingegeben werden</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>sk-ant-…</source>
        <translation>sk-ant-…</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove Stored Key</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key is kept in the desktop keychain (Secret Service or KWallet), never in a settings file, a transcript or the sandbox. When the ANTHROPIC_API_KEY environment variable is set, it wins over the stored key.</source>
        <translation>Der Schlüssel wird im Schlüsselbund der Arbeitsumgebung (Secret Service oder KWallet) aufbewahrt, niemals in einer Einstellungsdatei, einem Transkript oder der Sandbox. Ist die Umgebungsvariable ANTHROPIC_API_KEY gesetzt, hat sie Vorrang vor dem gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>Bubblewrap sandbox (recommended)</source>
        <translation>bubblewrap-Sandbox (empfohlen)</translation>
    </message>
    <message>
        <source>No sandbox</source>
        <translation>Keine Sandbox</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Without a sandbox, scripts run as you, with your files, keys and network.</source>
        <translation>Ohne Sandbox laufen Skripte mit den eigenen Benutzerrechten – mit Zugriff auf alle eigenen Dateien, Schlüssel und das Netzwerk.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit per call</source>
        <translation>Zeitlimit pro Aufruf</translation>
    </message>
    <message>
        <source>CPU time limit</source>
        <translation>CPU-Zeitlimit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>Prozesslimit</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>Ausgabebegrenzung</translation>
    </message>
    <message>
        <source>&amp;Sandbox:</source>
        <translation>&amp;Sandbox:</translation>
    </message>
    <message>
        <source>&amp;Time limit per call:</source>
        <translation>&amp;Zeitlimit pro Aufruf:</translation>
    </message>
    <message>
        <source>&amp;CPU time:</source>
        <translation>&amp;CPU-Zeit:</translation>
    </message>
    <message>
        <source>&amp;Memory (address space):</source>
        <translation>&amp;Speicher (Adressraum):</translation>
    </message>
    <message>
        <source>&amp;Processes:</source>
        <translation>&amp;Prozesse:</translation>
    </message>
    <message>
        <source>&amp;Output cap:</source>
        <translation>&amp;Ausgabebegrenzung:</translation>
    </message>
    <message>
        <source>Limits apply to each new run. When a limit stops a command, its output says which.</source>
        <translation>Die Limits gelten für jede neue Ausführung. Wenn ein Limit einen Befehl anhält, steht in dessen Ausgabe, welches.</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Berechtigungsmodus</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>Vor dem Ausführen fragen</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>Änderungen annehmen</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>Nur planen</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>Nicht fragen (ablehnen)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>Umgehen (weiterhin in der Sandbox)</translation>
    </message>
    <message>
        <source>Permission &amp;mode:</source>
        <translation>Berechtigungs&amp;modus:</translation>
    </message>
    <message>
        <source>Remembered &amp;rules:</source>
        <translation>Gemerkte &amp;Regeln:</translation>
    </message>
    <message>
        <source>Remembered rules</source>
        <translation>Gemerkte Regeln</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule kind</source>
        <translation>Regelart</translation>
    </message>
    <message>
        <source>Bash(npm run test:*)</source>
        <translation>Bash(npm run test:*)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from Claude Code…</source>
        <translation>Aus Claude Code &amp;importieren …</translation>
    </message>
    <message>
        <source>Deny rules hold in every mode; ask rules come next, then allow rules. Rules use Claude Code&apos;s syntax.</source>
        <translation>Ablehnungsregeln gelten in jedem Modus; danach kommen Nachfrageregeln, dann Erlaubnisregeln. Regeln verwenden die Syntax von Claude Code.</translation>
    </message>
    <message>
        <source>Import rules from a Claude Code settings file</source>
        <translation>Regeln aus einer Einstellungsdatei von Claude Code importieren</translation>
    </message>
    <message>
        <source>Settings (*.json)</source>
        <translation>Einstellungen (*.json)</translation>
    </message>
    <message>
        <source>Allow &amp;network access from the sandbox</source>
        <translation>&amp;Netzwerkzugriff aus der Sandbox erlauben</translation>
    </message>
    <message>
        <source>Allowed &amp;domains (one per line):</source>
        <translation>Erlaubte &amp;Domains (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>Erlaubte Domains</translation>
    </message>
    <message>
        <source>pypi.org
*.github.com</source>
        <translation>pypi.org
*.github.com</translation>
    </message>
    <message>
        <source>Off by default: scripts see only their own loopback. When network access is on, only the listed domains can be reached.</source>
        <translation>Standardmäßig aus: Skripte sehen nur ihr eigenes Loopback. Ist der Netzwerkzugriff aktiviert, sind nur die aufgeführten Domains erreichbar.</translation>
    </message>
    <message>
        <source>Price &amp;table file:</source>
        <translation>Preis&amp;tabellendatei:</translation>
    </message>
    <message>
        <source>Built-in prices, or %1 when it exists</source>
        <translation>Eingebaute Preise oder %1, falls vorhanden</translation>
    </message>
    <message>
        <source>Price table file</source>
        <translation>Preistabellendatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Open the Price Table</source>
        <translation>Preistabelle ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the table in your editor; without a file of your own, a copy of the built-in table is made first.</source>
        <translation>Öffnet die Tabelle im Editor; ohne eigene Datei wird zuerst eine Kopie der eingebauten Tabelle angelegt.</translation>
    </message>
    <message>
        <source>Prices are in US dollars per million tokens. A model that matches no entry shows no cost rather than a guess.</source>
        <translation>Preise in US-Dollar pro Million Token. Für ein Modell ohne passenden Eintrag werden keine Kosten angezeigt statt einer Schätzung.</translation>
    </message>
    <message>
        <source>Choose a price table</source>
        <translation>Preistabelle wählen</translation>
    </message>
    <message>
        <source>Price tables (*.json)</source>
        <translation>Preistabellen (*.json)</translation>
    </message>
    <message>
        <source>Transcript folder</source>
        <translation>Transkriptordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Keep until I delete them</source>
        <translation>Bis zum manuellen Löschen behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep transcripts for</source>
        <translation>Transkripte behalten für</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Behalten für:</translation>
    </message>
    <message>
        <source>Every run writes a transcript: the requests, the streamed answers, each tool call and its output. It never contains the API key.</source>
        <translation>Jede Ausführung schreibt ein Transkript: die Anfragen, die gestreamten Antworten, jeden Werkzeugaufruf und dessen Ausgabe. Es enthält niemals den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose the transcript folder</source>
        <translation>Transkriptordner wählen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>&amp;Systemschrift verwenden</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Sc&amp;hrift:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der Anwendung wirksam.</translation>
    </message>
    <message>
        <source>Some stored settings are invalid and are not used; the defaults apply until you save new values (%1):
%2</source>
        <translation>Einige gespeicherte Einstellungen sind ungültig und werden nicht verwendet; bis neue Werte gespeichert werden, gelten die Standardwerte (%1):
%2</translation>
    </message>
    <message>
        <source>The font size</source>
        <translation>Die Schriftgröße</translation>
    </message>
    <message>
        <source>The key comes from the ANTHROPIC_API_KEY environment variable, which wins over a key stored in the keychain. Unset it to use a stored key.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariable ANTHROPIC_API_KEY, die Vorrang vor einem im Schlüsselbund gespeicherten Schlüssel hat. Um einen gespeicherten Schlüssel zu verwenden, die Variable entfernen.</translation>
    </message>
    <message>
        <source>A key is stored in the desktop keychain. Enter a new one to replace it.</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung ist ein Schlüssel gespeichert. Zum Ersetzen einen neuen eingeben.</translation>
    </message>
    <message>
        <source>No key is set. Enter your Anthropic API key to start runs with Claude.</source>
        <translation>Kein Schlüssel festgelegt. Den Anthropic-API-Schlüssel eingeben, um Ausführungen mit Claude zu starten.</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new rule(s) from %1.</source>
        <translation>
            <numerusform>%n neue Regel aus %1 importiert.</numerusform>
            <numerusform>%n neue Regeln aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the built-in price table could not be written to %1.</source>
        <translation>Eine Kopie der eingebauten Preistabelle konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Some settings could not be saved:
%1</source>
        <translation>Einige Einstellungen konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, vLLM)</source>
        <translation>OpenAI-kompatibler Server (Ollama, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Where the OpenAI-compatible server listens</source>
        <translation>Wo der OpenAI-kompatible Server lauscht</translation>
    </message>
    <message>
        <source>The list shows the models the app knows; with an API key it shows the models your key can use. Any model id can be typed.</source>
        <translation>Die Liste zeigt die Modelle, die die App kennt; mit einem API-Schlüssel zeigt sie die Modelle, die Ihr Schlüssel nutzen kann. Jede Modell-ID kann eingetippt werden.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>context window %L1 tokens</source>
        <translation>Kontextfenster %L1 Token</translation>
    </message>
    <message>
        <source>output up to %L1 tokens</source>
        <translation>Ausgabe bis %L1 Token</translation>
    </message>
    <message>
        <source>The API gives no limits for this model.</source>
        <translation>Die API nennt für dieses Modell keine Grenzen.</translation>
    </message>
    <message>
        <source>From the API: %1.</source>
        <translation>Laut API: %1.</translation>
    </message>
    <message>
        <source>From the capability table: context window %L1 tokens, output up to %L2 tokens.</source>
        <translation>Laut Fähigkeitstabelle: Kontextfenster %L1 Token, Ausgabe bis %L2 Token.</translation>
    </message>
    <message>
        <source>Loading the models your key can use…</source>
        <translation>Die Modelle, die Ihr Schlüssel nutzen kann, werden geladen …</translation>
    </message>
    <message>
        <source>The model list could not be loaded from the API (%1); it shows the models the app knows instead. Any model id can be typed.</source>
        <translation>Die Modellliste ließ sich nicht von der API laden (%1); stattdessen stehen die Modelle da, die die App kennt. Jede Modell-ID kann eingetippt werden.</translation>
    </message>
    <message>
        <source>The API listed no models for this key; the list shows the models the app knows instead.</source>
        <translation>Die API nannte für diesen Schlüssel keine Modelle; die Liste zeigt stattdessen die Modelle, die die App kennt.</translation>
    </message>
    <message>
        <source>The models your key can use, from the API. Any model id can be typed.</source>
        <translation>Die Modelle, die Ihr Schlüssel nutzen kann, laut API. Jede Modell-ID kann eingetippt werden.</translation>
    </message>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox (entfernt)</translation>
    </message>
    <message>
        <source>Offer “No sandbox” in the new-run form</source>
        <translation>„Keine Sandbox“ im Formular für neue Ausführungen anbieten</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:11434/v1 (Ollama).</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://localhost:11434/v1 (Ollama).</translation>
    </message>
    <message>
        <source>E&amp;xtra read-only folders:</source>
        <translation>&amp;Zusätzliche schreibgeschützte Ordner:</translation>
    </message>
    <message>
        <source>Extra read-only folders</source>
        <translation>Zusätzliche schreibgeschützte Ordner</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Bubblewrap runs see these host folders at the same path, read-only (a toolchain under /opt, say). Your home folder, the app&apos;s own settings and the sandbox&apos;s own places cannot be listed.</source>
        <translation>Ausführungen in Bubblewrap sehen diese Ordner des Rechners unter demselben Pfad, schreibgeschützt (etwa eine Toolchain unter /opt). Ihr Home-Verzeichnis, die Einstellungen der App und die eigenen Orte der Sandbox lassen sich nicht eintragen.</translation>
    </message>
    <message>
        <source>Choose a folder the sandbox may read</source>
        <translation>Einen Ordner wählen, den die Sandbox lesen darf</translation>
    </message>
    <message>
        <source>Bound as %1 (links resolved).</source>
        <translation>Eingebunden als %1 (Links aufgelöst).</translation>
    </message>
    <message>
        <source>Hold each run in a c&amp;group of its own where the system allows it</source>
        <translation>Jeden Lauf in einer eigenen c&amp;group halten, wo das System es erlaubt</translation>
    </message>
    <message>
        <source>Limits the run&apos;s memory and processes as a whole, not only per process. Joining a cgroup adds about 10 ms to each command.</source>
        <translation>Begrenzt Speicher und Prozesse des Laufs als Ganzes, nicht nur pro Prozess. Der Beitritt zu einer cgroup kostet etwa 10 ms pro Befehl.</translation>
    </message>
</context>
<context>
    <name>Workbench::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Aktionen oder Tasten suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Workbench::SseEventModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>Workbench::TerminalPane</name>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>A shell in sandbox %1, for you only: Claude does not see this terminal.</source>
        <translation>Eine Shell in Sandbox %1, nur für Sie: Claude sieht dieses Terminal nicht.</translation>
    </message>
    <message>
        <source>The terminal connects when you open this tab.</source>
        <translation>Das Terminal verbindet sich, wenn Sie diesen Tab öffnen.</translation>
    </message>
    <message>
        <source>Creating the remote sandbox at %1…</source>
        <translation>Entfernte Sandbox bei %1 wird angelegt …</translation>
    </message>
    <message>
        <source>Connecting to sandbox %1…</source>
        <translation>Verbindung zu Sandbox %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The terminal is closed.</source>
        <translation>Das Terminal ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>Workbench::TerminalView</name>
    <message>
        <source>Sandbox terminal</source>
        <translation>Sandbox-Terminal</translation>
    </message>
    <message>
        <source>The shell exited (status %1).</source>
        <translation>Die Shell wurde beendet (Status %1).</translation>
    </message>
    <message>
        <source>The terminal reported an error: %1</source>
        <translation>Das Terminal hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The terminal connection closed.</source>
        <translation>Die Verbindung zum Terminal wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Workbench::TimelineModel</name>
    <message>
        <source>Turn %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Zeit bis zum ersten Token: %1</translation>
    </message>
    <message>
        <source>Output: %1 tokens at %2 tokens/s</source>
        <translation>Ausgabe: %1 Token mit %2 Token/s</translation>
    </message>
    <message>
        <source>Output: %1 tokens</source>
        <translation>Ausgabe: %1 Token</translation>
    </message>
    <message>
        <source>Input: %1 · cache read %2 · cache write %3</source>
        <translation>Eingabe: %1 · Cache gelesen %2 · Cache geschrieben %3</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s), %1 waited</source>
        <translation>
            <numerusform>%n Wiederholung, %1 gewartet</numerusform>
            <numerusform>%n Wiederholungen, %1 gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Still streaming</source>
        <translation>Streamt noch</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>Turn %1: attempt %2 of %3 after waiting %4
Why: %5</source>
        <translation>Schritt %1: Versuch %2 von %3 nach %4 Wartezeit
Grund: %5</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Waiting for approval: %1
%2</source>
        <translation>Wartet auf Genehmigung: %1
%2</translation>
    </message>
    <message>
        <source>Approval took %1: %2 by %3
%4</source>
        <translation>Genehmigung dauerte %1: %2 durch %3
%4</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig nach %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n file(s)</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens (cache read %3, write %4)</source>
        <translation>%1 ein / %2 aus Token (Cache gelesen %3, geschrieben %4)</translation>
    </message>
    <message>
        <source>%1 (Claude %2, tools %3, approvals %4, retries %5)</source>
        <translation>%1 (Claude %2, Werkzeuge %3, Genehmigungen %4, Wiederholungen %5)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>%n Werkzeugaufruf</numerusform>
            <numerusform>%n Werkzeugaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Unfinished: the transcript ends while this answer was arriving</source>
        <translation>Unvollständig: Das Transkript endet, während diese Antwort eintraf</translation>
    </message>
    <message>
        <source>Unfinished: asked for approval, and the transcript ends %1 later without an answer
%2</source>
        <translation>Unvollständig: Genehmigung angefragt, und das Transkript endet %1 später ohne Antwort
%2</translation>
    </message>
    <message>
        <source>Unfinished: no end was recorded; the transcript ends %1 after it started</source>
        <translation>Unvollständig: Kein Ende aufgezeichnet; das Transkript endet %1 nach dem Start</translation>
    </message>
</context>
<context>
    <name>Workbench::TimelineView</name>
    <message>
        <source>Timeline of the run</source>
        <translation>Zeitleiste der Ausführung</translation>
    </message>
    <message>
        <source>Claude&apos;s turns, tool calls and waits on a time axis. Wheel or plus and minus zoom, zero fits the run, left and right arrows step through the bars.</source>
        <translation>Claudes Schritte, Werkzeugaufrufe und Wartezeiten auf einer Zeitachse. Mausrad oder Plus und Minus zoomen, Null zeigt die ganze Ausführung, die Pfeiltasten links und rechts gehen die Balken durch.</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Noch ist nichts passiert.</translation>
    </message>
</context>
<context>
    <name>Workbench::ToolCallModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>%1 mode would %2: %3</source>
        <translation>Entscheidung im Modus %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>nachfragen</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>headless</source>
        <translation>ohne Terminal (headless)</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>Freigabestelle</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>%1 by rule %2</source>
        <translation>%1 nach Regel %2</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, entschieden durch: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — risky: %2</source>
        <translation>%1 – riskant: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
</context>
<context>
    <name>Workbench::TranscriptOpener</name>
    <message>
        <source>Claude Code: %1</source>
        <translation>Claude Code: %1</translation>
    </message>
    <message>
        <source>Transcript: %1</source>
        <translation>Transkript: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue this run in a new tab: the conversation and workspace come back</source>
        <translation>Diese Ausführung in einem neuen Tab fortsetzen: Unterhaltung und Arbeitsbereich kommen zurück</translation>
    </message>
    <message>
        <source>&amp;Fork from This Call…</source>
        <translation>Von diesem Aufruf &amp;verzweigen …</translation>
    </message>
    <message>
        <source>Start a new branch at the selected tool call, with an edited result or model</source>
        <translation>Am ausgewählten Werkzeugaufruf einen neuen Zweig beginnen, mit geändertem Ergebnis oder Modell</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.jsonl);;All files (*)</source>
        <translation>Transkripte (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Continue with a Follow-&amp;up…</source>
        <translation>Mit einer Folge&amp;nachricht fortsetzen …</translation>
    </message>
    <message>
        <source>Send Claude another message and let this run go on in a new tab</source>
        <translation>Claude eine weitere Nachricht senden und diese Ausführung in einem neuen Tab weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Workbench::TranscriptPage</name>
    <message>
        <source>duration unknown</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Wird geladen … %1 %</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Message tree</source>
        <translation>Nachrichtenbaum</translation>
    </message>
    <message>
        <source>Every message of the session as a tree: other branches and sub-agents are nested</source>
        <translation>Jede Nachricht der Sitzung als Baum: andere Zweige und Sub-Agenten sind eingerückt</translation>
    </message>
    <message>
        <source>Show &amp;This Branch</source>
        <translation>&amp;Diesen Zweig zeigen</translation>
    </message>
    <message>
        <source>Show the conversation along the selected message&apos;s branch</source>
        <translation>Die Unterhaltung entlang des Zweigs der ausgewählten Nachricht zeigen</translation>
    </message>
    <message>
        <source>&amp;Active Branch</source>
        <translation>&amp;Aktiver Zweig</translation>
    </message>
    <message>
        <source>Show the branch that ends at the latest message again</source>
        <translation>Wieder den Zweig zeigen, der bei der neuesten Nachricht endet</translation>
    </message>
    <message>
        <source>Select a message to see its line as written</source>
        <translation>Eine Nachricht auswählen, um ihre Zeile so zu sehen, wie sie geschrieben wurde</translation>
    </message>
    <message>
        <source>Raw JSON of the selected line</source>
        <translation>Rohes JSON der ausgewählten Zeile</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (hover to see all)</source>
        <translation>
            <numerusform>… und %n weitere (Mauszeiger darauf zeigt alle)</numerusform>
            <numerusform>… und %n weitere (Mauszeiger darauf zeigt alle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped:
%1</source>
        <translation>
            <numerusform>%n Zeile übersprungen:
%1</numerusform>
            <numerusform>%n Zeilen übersprungen:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only transcript</source>
        <translation>Schreibgeschütztes Transkript</translation>
    </message>
    <message>
        <source>No transcript opened.</source>
        <translation>Kein Transkript geöffnet.</translation>
    </message>
    <message>
        <source>Read-only Claude Code session</source>
        <translation>Schreibgeschützte Claude-Code-Sitzung</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>Die Sitzung ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>Sitzung wird gelesen …</translation>
    </message>
    <message>
        <source>showing the active branch (ending at the latest message)</source>
        <translation>zeigt den aktiven Zweig (endet bei der neuesten Nachricht)</translation>
    </message>
    <message>
        <source>showing another branch (Active Branch goes back)</source>
        <translation>zeigt einen anderen Zweig („Aktiver Zweig“ kehrt zurück)</translation>
    </message>
    <message>
        <source>Claude Code %1 · project %2 · last activity %3 · %4</source>
        <translation>Claude Code %1 · Projekt %2 · letzte Aktivität %3 · %4</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 user and %2 assistant messages · %3 tool calls · %4 sub-agent lines · %5 compactions · tokens %6 in, %7 out, %8 cache read · %9 · %10</source>
        <translation>%1 Benutzer- und %2 Assistenten-Nachrichten · %3 Werkzeugaufrufe · %4 Sub-Agenten-Zeilen · %5 Verdichtungen · Token %6 ein, %7 aus, %8 aus dem Cache · %9 · %10</translation>
    </message>
    <message>
        <source>Could not open the transcript: %1</source>
        <translation>Das Transkript ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Reading the transcript…</source>
        <translation>Transkript wird gelesen …</translation>
    </message>
    <message>
        <source>Interrupted: the run never finished (the app was closed, killed or lost power while it ran, or it is still running). Everything up to the last complete event is shown.</source>
        <translation>Unterbrochen: Die Ausführung wurde nie abgeschlossen (die App wurde währenddessen geschlossen, beendet oder verlor den Strom, oder sie läuft noch). Alles bis zum letzten vollständigen Ereignis wird gezeigt.</translation>
    </message>
    <message>
        <source>Finished: Claude ended its turn (%1).</source>
        <translation>Abgeschlossen: Claude hat seinen Schritt beendet (%1).</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>Beendet: %1 – %2</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Model %1 · %n turn(s) · %2 tool calls (%3 denied) · tokens %4 in, %5 out, %6 cache read · %7 · %8</source>
        <translation>
            <numerusform>Modell %1 · %n Schritt · %2 Werkzeugaufrufe (%3 abgelehnt) · Token %4 ein, %5 aus, %6 aus dem Cache · %7 · %8</numerusform>
            <numerusform>Modell %1 · %n Schritte · %2 Werkzeugaufrufe (%3 abgelehnt) · Token %4 ein, %5 aus, %6 aus dem Cache · %7 · %8</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 out</source>
        <translation>Token: %1 ein · %2 aus</translation>
    </message>
</context>
<context>
    <name>Workbench::WelcomeView</name>
    <message>
        <source>Agent Workbench</source>
        <translation>Agent Workbench</translation>
    </message>
    <message>
        <source>Give Claude a task and watch it work: the conversation, each script it writes, and that script&apos;s output from a sandbox.</source>
        <translation>Claude eine Aufgabe geben und bei der Arbeit zusehen: die Unterhaltung, jedes Skript, das Claude schreibt, und dessen Ausgabe aus einer Sandbox.</translation>
    </message>
    <message>
        <source>Run the &amp;Demo</source>
        <translation>&amp;Demo ausführen</translation>
    </message>
    <message>
        <source>Replays a recorded run; its scripts really run in the sandbox</source>
        <translation>Spielt eine aufgezeichnete Ausführung ab; ihre Skripte laufen wirklich in der Sandbox</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>To see the workbench without a key, run the bundled demo: a recorded conversation whose scripts really run in the sandbox.</source>
        <translation>Um die Workbench ohne Schlüssel kennenzulernen, die mitgelieferte Demo ausführen: eine aufgezeichnete Unterhaltung, deren Skripte wirklich in der Sandbox laufen.</translation>
    </message>
    <message>
        <source>To work with Claude, enter your Anthropic API key in Settings. It is kept in your desktop keychain, never in a file, a transcript or the sandbox. If the ANTHROPIC_API_KEY environment variable is set, it is used instead of a stored key.</source>
        <translation>Um mit Claude zu arbeiten, den Anthropic-API-Schlüssel in den Einstellungen eingeben. Er wird im Schlüsselbund der Arbeitsumgebung aufbewahrt, niemals in einer Datei, einem Transkript oder der Sandbox. Ist die Umgebungsvariable ANTHROPIC_API_KEY gesetzt, wird sie anstelle eines gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <source>Describe a task for Claude. Ctrl+Enter starts the run.</source>
        <translation>Eine Aufgabe für Claude beschreiben. Strg+Eingabe startet die Ausführung.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>A fresh, empty folder</source>
        <translation>Ein neuer, leerer Ordner</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The only folder the agent can write; empty for a fresh one</source>
        <translation>Der einzige Ordner, in den der Agent schreiben darf; leer lassen für einen neuen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Ordner des Arbeitsbereichs wählen</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Berechtigungsmodus</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>Vor dem Ausführen fragen</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>Änderungen annehmen</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>Nur planen</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>Nicht fragen (ablehnen)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>Umgehen (weiterhin in der Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>Ausführung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>A&amp;rbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>&amp;Letzte Ausführungen</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>Transcripts of earlier runs, newest first; Enter opens one</source>
        <translation>Transkripte früherer Ausführungen, neueste zuerst; die Eingabetaste öffnet eines</translation>
    </message>
    <message>
        <source>No runs yet. Each run&apos;s transcript will be listed here.</source>
        <translation>Noch keine Ausführungen. Hier wird das Transkript jeder Ausführung aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Open Transcript</source>
        <translation>Transkript ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Using the key from the ANTHROPIC_API_KEY environment variable.</source>
        <translation>Der Schlüssel aus der Umgebungsvariable ANTHROPIC_API_KEY wird verwendet.</translation>
    </message>
    <message>
        <source>Using the key stored in your desktop keychain (Settings → API key).</source>
        <translation>Der im Schlüsselbund der Arbeitsumgebung gespeicherte Schlüssel wird verwendet (Einstellungen → API-Schlüssel).</translation>
    </message>
    <message>
        <source>Use a full path (starting with /) for the workspace.</source>
        <translation>Für den Arbeitsbereich einen vollständigen Pfad (beginnend mit /) angeben.</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>Unter %1 gibt es keinen Ordner.</translation>
    </message>
    <message>
        <source>Where to run</source>
        <translation>Wo ausführen</translation>
    </message>
    <message>
        <source>Where the agent&apos;s commands run for this run</source>
        <translation>Wo die Befehle des Agenten bei dieser Ausführung laufen</translation>
    </message>
    <message>
        <source>Allow &amp;network for this run</source>
        <translation>&amp;Netzwerk für diese Ausführung erlauben</translation>
    </message>
    <message>
        <source>Allowed domains, e.g. pypi.org, *.github.com</source>
        <translation>Erlaubte Domänen, z. B. pypi.org, *.github.com</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>Erlaubte Domänen</translation>
    </message>
    <message>
        <source>Hosts scripts may reach through the app&apos;s proxy; others are asked about</source>
        <translation>Hosts, die Skripte über den Proxy der App erreichen dürfen; bei anderen wird nachgefragt</translation>
    </message>
    <message>
        <source>W&amp;here to run:</source>
        <translation>W&amp;o ausführen:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>This computer — bubblewrap sandbox</source>
        <translation>Dieser Rechner – bubblewrap-Sandbox</translation>
    </message>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox (entfernt)</translation>
    </message>
    <message>
        <source>No sandbox (scripts run as you)</source>
        <translation>Keine Sandbox (Skripte laufen mit Ihren Rechten)</translation>
    </message>
    <message>
        <source>Commands run on this computer in a bubblewrap sandbox, with no network.</source>
        <translation>Befehle laufen auf diesem Rechner in einer bubblewrap-Sandbox, ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Commands run in bubblewrap and reach the network only through the app&apos;s proxy; you are asked about every host.</source>
        <translation>Befehle laufen in bubblewrap und erreichen das Netzwerk nur über den Proxy der App; bei jedem Host wird nachgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Commands run in bubblewrap and reach the network only through the app&apos;s proxy: %n listed domain(s) are allowed, you are asked about any other host.</source>
        <translation>
            <numerusform>Befehle laufen in bubblewrap und erreichen das Netzwerk nur über den Proxy der App: %n aufgeführte Domäne ist erlaubt, bei jedem anderen Host wird nachgefragt.</numerusform>
            <numerusform>Befehle laufen in bubblewrap und erreichen das Netzwerk nur über den Proxy der App: %n aufgeführte Domänen sind erlaubt, bei jedem anderen Host wird nachgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sandbox bridge is set up: enter its URL under Settings → Sandbox, or set SANDBOX_BRIDGE_URL.</source>
        <translation>Keine Sandbox-Bridge eingerichtet: Geben Sie ihre URL unter Einstellungen → Sandbox ein oder setzen Sie SANDBOX_BRIDGE_URL.</translation>
    </message>
    <message>
        <source>Commands run in a Cloudflare Sandbox through the bridge at %1. Network egress is whatever the remote side enforces; this app cannot verify it.</source>
        <translation>Befehle laufen in einer Cloudflare Sandbox über die Bridge unter %1. Ausgehender Netzwerkverkehr ist, was die Gegenseite durchsetzt; diese App kann das nicht überprüfen.</translation>
    </message>
    <message>
        <source>Without a sandbox, commands run as you, with your files, keys and network.</source>
        <translation>Ohne Sandbox laufen Befehle mit Ihren Rechten, mit Ihren Dateien, Schlüsseln und Ihrem Netzwerk.</translation>
    </message>
</context>
</TS>
