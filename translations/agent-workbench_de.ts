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
        <source>The sandbox must be “local” (bubblewrap) or “none”.</source>
        <translation>Die Sandbox muss „local“ (bubblewrap) oder „none“ sein.</translation>
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
</context>
<context>
    <name>Workbench::DesktopIntegration</name>
    <message>
        <source>Transcript: %1 (agent-workbench transcript show %1)</source>
        <translation>Transkript: %1 (agent-workbench transcript show %1)</translation>
    </message>
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
        <source>The list shows the models of the price table; type any model id your key can use.</source>
        <translation>Die Liste zeigt die Modelle der Preistabelle; jede Modellkennung, die der Schlüssel verwenden darf, kann eingegeben werden.</translation>
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
</context>
</TS>
