<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>The stored value “%1” of %2 is not used: %3</source>
        <translation>%2의 저장된 값 “%1”은(는) 사용되지 않습니다: %3</translation>
    </message>
    <message>
        <source>The time limit per call</source>
        <translation>호출당 시간 제한</translation>
    </message>
    <message>
        <source>The CPU time limit</source>
        <translation>CPU 시간 제한</translation>
    </message>
    <message>
        <source>The memory limit</source>
        <translation>메모리 제한</translation>
    </message>
    <message>
        <source>The process limit</source>
        <translation>프로세스 제한</translation>
    </message>
    <message>
        <source>The output cap</source>
        <translation>출력 상한</translation>
    </message>
    <message>
        <source>The retention period</source>
        <translation>보관 기간</translation>
    </message>
    <message>
        <source>The font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows. Known: %2.</source>
        <translation>“%1”은(는) 이 버전에서 알 수 없는 제공자입니다. 알려진 제공자: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a permission mode.</source>
        <translation>“%1”은(는) 권한 모드가 아닙니다.</translation>
    </message>
    <message>
        <source>The theme must be system, light or dark.</source>
        <translation>테마는 system, light, dark 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a language the app is translated to.</source>
        <translation>“%1”은(는) 이 프로그램이 번역된 언어가 아닙니다.</translation>
    </message>
    <message>
        <source>it is not a whole number.</source>
        <translation>정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter a model id, for example %1.</source>
        <translation>모델 ID를 입력하십시오(예: %1).</translation>
    </message>
    <message>
        <source>A model id has no spaces and uses only letters, digits and . _ - : @ /</source>
        <translation>모델 ID에는 공백이 없어야 하며 문자, 숫자 및 . _ - : @ / 만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name (write example.com, or *.example.com for its subdomains).</source>
        <translation>“%1”은(는) 도메인 이름이 아닙니다(example.com 또는 하위 도메인의 경우 *.example.com 형식으로 입력하십시오).</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a price table: %2</source>
        <translation>%1은(는) 가격표가 아닙니다: %2</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts.</source>
        <translation>대화 기록을 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Use a full path (starting with /) for the transcript folder.</source>
        <translation>대화 기록 폴더는 전체 경로(/로 시작)로 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>%1 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1은(는) %2에서 %3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix or remove it first.</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다. 먼저 수정하거나 제거하십시오.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>an OpenAI-compatible provider needs its server&apos;s address; the Anthropic API is used until one is set.</source>
        <translation>OpenAI 호환 제공자에는 서버 주소가 필요합니다. 주소를 설정할 때까지 Anthropic API를 사용합니다.</translation>
    </message>
    <message>
        <source>The sandbox must be “local” (bubblewrap), “cloudflare” or “none”.</source>
        <translation>샌드박스는 “local”(bubblewrap), “cloudflare”, “none” 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The server address must be an http(s) URL such as http://localhost:11434/v1.</source>
        <translation>서버 주소는 http://localhost:11434/v1 같은 http(s) URL이어야 합니다.</translation>
    </message>
    <message>
        <source>Do not put credentials in the server address; set OPENAI_API_KEY instead.</source>
        <translation>서버 주소에 자격 증명을 넣지 마십시오. 대신 OPENAI_API_KEY를 설정하십시오.</translation>
    </message>
    <message>
        <source>The bridge URL must be an http(s) address such as https://sandbox.example.com.</source>
        <translation>브리지 URL은 https://sandbox.example.com 같은 http(s) 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Do not put credentials in the bridge URL; store the bridge key below instead.</source>
        <translation>브리지 URL에 자격 증명을 넣지 마십시오. 대신 아래에 브리지 키를 저장하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n old transcript(s) in %1 could not be deleted: %2</source>
        <translation>
            <numerusform>%1에 있는 오래된 대화 기록 %n개를 삭제할 수 없습니다: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Restart the shell</source>
        <translation>셸 다시 시작</translation>
    </message>
    <message>
        <source>Run %1 script (%2 lines)</source>
        <translation>%1 스크립트 실행 (%2줄)</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Insert into %1 at line %2</source>
        <translation>%1의 %2번째 줄에 삽입</translation>
    </message>
    <message>
        <source>%1 (invalid input)</source>
        <translation>%1 (잘못된 입력)</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(출력 없음)</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>사용자가 취소했습니다.</translation>
    </message>
    <message>
        <source>File created successfully at: %1</source>
        <translation>파일을 만들었습니다: %1</translation>
    </message>
    <message>
        <source>The file %1 has been edited.</source>
        <translation>%1 파일을 편집했습니다.</translation>
    </message>
    <message>
        <source>The shell was restarted.</source>
        <translation>셸을 다시 시작했습니다.</translation>
    </message>
    <message>
        <source>The sandbox could not start, so nothing ran: %1</source>
        <translation>샌드박스를 시작할 수 없어 아무것도 실행하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>No replacement was performed: old_str did not appear verbatim in %1.</source>
        <translation>바꾸지 않았습니다: old_str이 %1에 그대로 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>No replacement was performed: old_str appears %1 times in %2; make it unique.</source>
        <translation>바꾸지 않았습니다: old_str이 %2에 %1번 나타납니다. 한 곳만 가리키도록 고치십시오.</translation>
    </message>
    <message>
        <source>plan mode: nothing is executed; the call is recorded as proposed</source>
        <translation>계획 모드: 아무것도 실행하지 않고 호출을 제안으로 기록합니다</translation>
    </message>
    <message>
        <source>a deny rule matches this call</source>
        <translation>거부 규칙이 이 호출에 해당합니다</translation>
    </message>
    <message>
        <source>a deny rule matches the subcommand &quot;%1&quot;</source>
        <translation>거부 규칙이 하위 명령 &quot;%1&quot;에 해당합니다</translation>
    </message>
    <message>
        <source>bypassPermissions mode runs every call (still inside the sandbox)</source>
        <translation>bypassPermissions 모드는 모든 호출을 실행합니다(여전히 샌드박스 안에서)</translation>
    </message>
    <message>
        <source>an ask rule matches, and dontAsk mode denies instead of asking</source>
        <translation>확인 규칙이 해당하지만 dontAsk 모드는 묻지 않고 거부합니다</translation>
    </message>
    <message>
        <source>an ask rule matches this call</source>
        <translation>확인 규칙이 이 호출에 해당합니다</translation>
    </message>
    <message>
        <source>an ask rule matches the subcommand &quot;%1&quot;</source>
        <translation>확인 규칙이 하위 명령 &quot;%1&quot;에 해당합니다</translation>
    </message>
    <message>
        <source>risky: %1</source>
        <translation>위험: %1</translation>
    </message>
    <message>
        <source>risky: %1 (although %2 allows it)</source>
        <translation>위험: %1 (%2이(가) 허용하더라도)</translation>
    </message>
    <message>
        <source>risky: %1; dontAsk mode denies instead of asking</source>
        <translation>위험: %1; dontAsk 모드는 묻지 않고 거부합니다</translation>
    </message>
    <message>
        <source>risky: %1 (although %2 allows it); dontAsk mode denies instead of asking</source>
        <translation>위험: %1 (%2이(가) 허용하더라도); dontAsk 모드는 묻지 않고 거부합니다</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>%1에 의해 허용됨</translation>
    </message>
    <message>
        <source>denied by %1</source>
        <translation>%1에 의해 거부됨</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts %1 inside the workspace</source>
        <translation>acceptEdits 모드는 작업 공간 안의 %1을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 matches, but the command also writes to %2</source>
        <translation>%1이(가) 해당하지만 명령이 %2에도 씁니다</translation>
    </message>
    <message>
        <source>no allow rule matches</source>
        <translation>해당하는 허용 규칙이 없습니다</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts simple filesystem commands inside the workspace</source>
        <translation>acceptEdits 모드는 작업 공간 안의 간단한 파일 명령을 허용합니다</translation>
    </message>
    <message>
        <source>allow rules and acceptEdits mode cover every subcommand</source>
        <translation>허용 규칙과 acceptEdits 모드가 모든 하위 명령을 허용합니다</translation>
    </message>
    <message>
        <source>allow rules match every subcommand</source>
        <translation>허용 규칙이 모든 하위 명령에 해당합니다</translation>
    </message>
    <message>
        <source>an allow rule matches this call</source>
        <translation>허용 규칙이 이 호출에 해당합니다</translation>
    </message>
    <message>
        <source>the call only reads the workspace</source>
        <translation>이 호출은 작업 공간을 읽기만 합니다</translation>
    </message>
    <message>
        <source>acceptEdits mode accepts file edits in the workspace</source>
        <translation>acceptEdits 모드는 작업 공간 안의 파일 편집을 허용합니다</translation>
    </message>
    <message>
        <source>the command could not be fully understood (%1)</source>
        <translation>명령을 완전히 이해할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>no allow rule covers %1</source>
        <translation>%1을(를) 허용하는 규칙이 없습니다</translation>
    </message>
    <message>
        <source>no rule allows this call</source>
        <translation>이 호출을 허용하는 규칙이 없습니다</translation>
    </message>
    <message>
        <source>%1; risky: %2</source>
        <translation>%1; 위험: %2</translation>
    </message>
    <message>
        <source>%1, and dontAsk mode denies instead of asking</source>
        <translation>%1. dontAsk 모드는 묻지 않고 거부합니다</translation>
    </message>
    <message>
        <source>%1, so %2 mode asks</source>
        <translation>%1. 그래서 %2 모드가 확인을 요청합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission rule. Write Tool or Tool(specifier), for example Bash(npm run test:*).</source>
        <translation>&quot;%1&quot;은(는) 권한 규칙이 아닙니다. 도구 또는 도구(지정자) 형식으로 쓰십시오. 예: Bash(npm run test:*)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty specifier. Drop the parentheses to match every call of %2.</source>
        <translation>&quot;%1&quot;의 지정자가 비어 있습니다. %2의 모든 호출에 적용하려면 괄호를 빼십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes whole directory trees</source>
        <translation>&quot;%1&quot;은(는) 디렉터리 트리 전체를 삭제합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes every file it finds</source>
        <translation>&quot;%1&quot;은(는) 찾은 파일을 모두 삭제합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can overwrite disks or files beyond recovery</source>
        <translation>&quot;%1&quot;은(는) 디스크나 파일을 복구할 수 없게 덮어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes ownership or permissions of a whole tree</source>
        <translation>&quot;%1&quot;은(는) 트리 전체의 소유자나 권한을 바꿉니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can overwrite or delete history on the remote</source>
        <translation>&quot;%1&quot;은(는) 원격 저장소의 기록을 덮어쓰거나 지울 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; throws away uncommitted changes</source>
        <translation>&quot;%1&quot;은(는) 커밋하지 않은 변경을 버립니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deletes untracked files</source>
        <translation>&quot;%1&quot;은(는) 추적되지 않는 파일을 삭제합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; talks to a remote repository</source>
        <translation>&quot;%1&quot;은(는) 원격 저장소와 통신합니다</translation>
    </message>
    <message>
        <source>output is piped into %1, which runs whatever it receives</source>
        <translation>출력이 받은 것을 그대로 실행하는 %1(으)로 전달됩니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; installs packages, which run their own code</source>
        <translation>&quot;%1&quot;은(는) 자체 코드를 실행하는 패키지를 설치합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes a network request</source>
        <translation>&quot;%1&quot;은(는) 네트워크 요청을 보냅니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; touches %2, a protected path</source>
        <translation>&quot;%1&quot;은(는) 보호된 경로 %2을(를) 건드립니다</translation>
    </message>
    <message>
        <source>a redirection writes to %1, a protected path</source>
        <translation>리디렉션이 보호된 경로 %1에 씁니다</translation>
    </message>
    <message>
        <source>a redirection writes to %1, outside the workspace</source>
        <translation>리디렉션이 작업 공간 밖의 %1에 씁니다</translation>
    </message>
    <message>
        <source>%1 is a protected path</source>
        <translation>%1은(는) 보호된 경로입니다</translation>
    </message>
    <message>
        <source>create replaces the existing file %1 as a whole</source>
        <translation>create는 기존 파일 %1을(를) 통째로 바꿉니다</translation>
    </message>
    <message>
        <source>commands are nested too deeply</source>
        <translation>명령이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>a here-document has no end line</source>
        <translation>here-document에 끝 줄이 없습니다</translation>
    </message>
    <message>
        <source>a &quot;(&quot; or &quot;$(&quot; is never closed</source>
        <translation>&quot;(&quot; 또는 &quot;$(&quot;가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>a &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>&quot;)&quot;에 맞는 &quot;(&quot;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;case&quot; statements are not understood</source>
        <translation>&quot;case&quot; 문은 해석하지 못합니다</translation>
    </message>
    <message>
        <source>process substitution (&lt;( ) or &gt;( )) is not understood</source>
        <translation>프로세스 치환(&lt;( ) 또는 &gt;( ))은 해석하지 못합니다</translation>
    </message>
    <message>
        <source>function definitions and arrays are not understood</source>
        <translation>함수 정의와 배열은 해석하지 못합니다</translation>
    </message>
    <message>
        <source>arithmetic commands (( )) are not understood</source>
        <translation>산술 명령 (( ))은 해석하지 못합니다</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not understood here</source>
        <translation>여기서는 문자 &quot;%1&quot;을(를) 해석하지 못합니다</translation>
    </message>
    <message>
        <source>a redirection has no target</source>
        <translation>리디렉션에 대상이 없습니다</translation>
    </message>
    <message>
        <source>output goes to a file named by a variable</source>
        <translation>출력이 변수로 이름을 정한 파일로 갑니다</translation>
    </message>
    <message>
        <source>a here-document runs commands ($( ) or backticks)</source>
        <translation>here-document가 명령을 실행합니다($( ) 또는 백틱)</translation>
    </message>
    <message>
        <source>the command ends with a lone backslash</source>
        <translation>명령이 홀로 남은 백슬래시로 끝납니다</translation>
    </message>
    <message>
        <source>a single quote is never closed</source>
        <translation>작은따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>a double quote is never closed</source>
        <translation>큰따옴표가 닫히지 않습니다</translation>
    </message>
    <message>
        <source>a backtick is never closed</source>
        <translation>백틱이 닫히지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood</source>
        <translation>&quot;%1&quot;을(를) 해석하지 못합니다</translation>
    </message>
    <message>
        <source>commands are wrapped too deeply</source>
        <translation>명령이 너무 깊게 감싸여 있습니다</translation>
    </message>
    <message>
        <source>the command name comes from a variable or a substitution</source>
        <translation>명령 이름이 변수나 치환에서 나옵니다</translation>
    </message>
    <message>
        <source>%1 -c has no command</source>
        <translation>%1 -c에 명령이 없습니다</translation>
    </message>
    <message>
        <source>%1 -c runs a command built from a variable</source>
        <translation>%1 -c가 변수로 만든 명령을 실행합니다</translation>
    </message>
    <message>
        <source>eval runs a command built from a variable</source>
        <translation>eval이 변수로 만든 명령을 실행합니다</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>명령이 비어 있습니다</translation>
    </message>
    <message>
        <source>Changed: unknown (workspace too large to scan fully)</source>
        <translation>변경: 알 수 없음(작업 공간이 너무 커서 모두 검사하지 못함)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>변경: %1</translation>
    </message>
    <message>
        <source>Changed: %1 and %2 more</source>
        <translation>변경: %1 외 %2개</translation>
    </message>
    <message>
        <source>Changed: %1 (scan capped; may be incomplete)</source>
        <translation>변경: %1 (검사 한도에 걸려 빠진 것이 있을 수 있음)</translation>
    </message>
    <message>
        <source>Changed: %1 and %2 more (scan capped; may be incomplete)</source>
        <translation>변경: %1 외 %2개 (검사 한도에 걸려 빠진 것이 있을 수 있음)</translation>
    </message>
    <message>
        <source>stopped: %1; exited with status %2</source>
        <translation>중지됨: %1; 종료 상태 %2</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <source>exited with status %1 (the status a shell reports when a command is killed by signal %2)</source>
        <translation>종료 상태 %1 (명령이 시그널 %2(으)로 종료되었을 때 셸이 보고하는 상태)</translation>
    </message>
    <message>
        <source>exited with status %1 (the status a shell reports when a command is killed by signal %2, %3)</source>
        <translation>종료 상태 %1 (명령이 시그널 %2(%3)(으)로 종료되었을 때 셸이 보고하는 상태)</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>시그널 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>시그널 %1(%2)(으)로 종료됨</translation>
    </message>
    <message>
        <source>stopped: wall-clock limit of %1 reached</source>
        <translation>중지됨: 실행 시간 한도 %1에 도달</translation>
    </message>
    <message>
        <source>stopped: wall-clock limit reached</source>
        <translation>중지됨: 실행 시간 한도에 도달</translation>
    </message>
    <message>
        <source>stopped: output limit of %1 exceeded</source>
        <translation>중지됨: 출력 한도 %1 초과</translation>
    </message>
    <message>
        <source>stopped: output limit exceeded</source>
        <translation>중지됨: 출력 한도 초과</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>사용자가 취소함</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>시작할 수 없음</translation>
    </message>
    <message>
        <source>wall-clock limit of %1 ms reached</source>
        <translation>실행 시간 한도 %1ms에 도달</translation>
    </message>
    <message>
        <source>output limit of %1 bytes exceeded</source>
        <translation>출력 한도 %1바이트 초과</translation>
    </message>
    <message>
        <source>CPU time limit of %1 s reached (SIGXCPU)</source>
        <translation>CPU 시간 한도 %1초에 도달(SIGXCPU)</translation>
    </message>
    <message>
        <source>file size limit of %1 MiB reached (SIGXFSZ)</source>
        <translation>파일 크기 한도 %1MiB에 도달(SIGXFSZ)</translation>
    </message>
    <message>
        <source>CPU time hard limit of %1 s reached (SIGKILL), most likely</source>
        <translation>CPU 시간 절대 한도 %1초에 도달한 것으로 보임(SIGKILL)</translation>
    </message>
    <message>
        <source>The run stopped after %1 turns, the limit set for it.</source>
        <translation>정해 둔 한도인 %1차례가 지나 실행을 멈췄습니다.</translation>
    </message>
    <message>
        <source>Request adjusted: %1.</source>
        <translation>요청을 조정했습니다: %1.</translation>
    </message>
    <message>
        <source>(redacted by the API; sent back unchanged)</source>
        <translation>(API가 가림. 그대로 다시 보냄)</translation>
    </message>
    <message>
        <source>The model stopped to use a tool but sent no tool call.</source>
        <translation>모델이 도구를 쓰려고 멈췄지만 도구 호출을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The API paused a long turn; sending it back to go on (%1 of %2).</source>
        <translation>API가 긴 차례를 일시 중지했습니다. 계속하도록 다시 보냅니다(%2번 중 %1번째).</translation>
    </message>
    <message>
        <source>The API paused this turn %1 times in a row, so the run stopped rather than loop. Press Continue to let it go on.</source>
        <translation>API가 이 차례를 연속 %1번 일시 중지해서 반복하지 않고 실행을 멈췄습니다. 계속하려면 [계속]을 누르십시오.</translation>
    </message>
    <message>
        <source>The answer ended at a stop sequence.</source>
        <translation>답변이 중지 시퀀스에서 끝났습니다.</translation>
    </message>
    <message>
        <source>The answer ended at the stop sequence &quot;%1&quot;.</source>
        <translation>답변이 중지 시퀀스 &quot;%1&quot;에서 끝났습니다.</translation>
    </message>
    <message>
        <source>The answer was cut off: it reached the output limit (max_tokens = %1). Press Continue to let the model finish it, or allow more output tokens.</source>
        <translation>답변이 잘렸습니다: 출력 한도(max_tokens = %1)에 도달했습니다. 모델이 마저 쓰게 하려면 [계속]을 누르거나 출력 토큰을 늘리십시오.</translation>
    </message>
    <message>
        <source>The model declined to continue: %1</source>
        <translation>모델이 계속하기를 거절했습니다: %1</translation>
    </message>
    <message>
        <source>The model declined to continue (category: %1): %2</source>
        <translation>모델이 계속하기를 거절했습니다(분류: %1): %2</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>설명 없음</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model&apos;s context window. Start a new run with a shorter task, or have tools return less output.</source>
        <translation>대화가 모델의 컨텍스트 창에 더 이상 들어가지 않습니다. 더 짧은 작업으로 새로 실행하거나 도구 출력을 줄이십시오.</translation>
    </message>
    <message>
        <source>The model stopped for a reason this version does not handle: %1</source>
        <translation>이 버전이 처리하지 못하는 이유로 모델이 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>Permission denied: this call was not run because %1.</source>
        <translation>권한 거부: 이 호출을 실행하지 않았습니다. 이유: %1.</translation>
    </message>
    <message>
        <source>Permission denied: this call was not run because %1 (%2).</source>
        <translation>권한 거부: 이 호출을 실행하지 않았습니다. 이유: %1 (%2).</translation>
    </message>
    <message>
        <source>another call with the same tool_use id is already waiting for approval</source>
        <translation>같은 tool_use ID를 가진 다른 호출이 이미 승인을 기다리고 있습니다</translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>권한 거부: %1.</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>권한 거부: %1</translation>
    </message>
    <message>
        <source>approved when asked</source>
        <translation>확인 요청에서 승인됨</translation>
    </message>
    <message>
        <source>approved when asked (%1)</source>
        <translation>확인 요청에서 승인됨(%1)</translation>
    </message>
    <message>
        <source>%1 (asked because %2)</source>
        <translation>%1 (확인 요청 이유: %2)</translation>
    </message>
    <message>
        <source>denied when asked</source>
        <translation>확인 요청에서 거부됨</translation>
    </message>
    <message>
        <source>Permission denied: the user denied this call.</source>
        <translation>권한 거부: 사용자가 이 호출을 거부했습니다.</translation>
    </message>
    <message>
        <source>Permission denied: the user denied this call and said: %1</source>
        <translation>권한 거부: 사용자가 이 호출을 거부하며 이렇게 말했습니다: %1</translation>
    </message>
    <message>
        <source>the edited call is not valid: %1</source>
        <translation>편집한 호출이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>The user edited this call, but the edited call could not run: %1</source>
        <translation>사용자가 이 호출을 편집했지만 편집한 호출을 실행할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>the edited call was denied: %1</source>
        <translation>편집한 호출이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Permission denied: the user edited this call, and the edited call was not run because %1.</source>
        <translation>권한 거부: 사용자가 이 호출을 편집했지만 편집한 호출을 실행하지 않았습니다. 이유: %1.</translation>
    </message>
    <message>
        <source>Permission denied: the user edited this call, and the edited call was not run because %1 (%2).</source>
        <translation>권한 거부: 사용자가 이 호출을 편집했지만 편집한 호출을 실행하지 않았습니다. 이유: %1 (%2).</translation>
    </message>
    <message>
        <source>edited, then approved when asked (%1)</source>
        <translation>편집 후 확인 요청에서 승인됨(%1)</translation>
    </message>
    <message>
        <source>Permission mode changed from %1 to %2.</source>
        <translation>권한 모드를 %1에서 %2(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>The checkpoint before this call did not capture %1 item(s), which a rewind leaves as they are: %2</source>
        <translation>이 호출 전 체크포인트에 %1개 항목이 담기지 않아 되돌려도 그대로 남습니다: %2</translation>
    </message>
    <message>
        <source>No checkpoint could be taken before this call, so it cannot be rewound: %1</source>
        <translation>이 호출 전에 체크포인트를 만들 수 없어 되돌릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled by the user before it ran.</source>
        <translation>실행 전에 사용자가 취소했습니다.</translation>
    </message>
    <message>
        <source>Cancelled by the user before it was approved.</source>
        <translation>승인 전에 사용자가 취소했습니다.</translation>
    </message>
    <message>
        <source>Not run: the run stopped (%1).</source>
        <translation>실행 안 함: 실행이 멈췄습니다(%1).</translation>
    </message>
    <message>
        <source>Run stopped by the user.</source>
        <translation>사용자가 실행을 멈췄습니다.</translation>
    </message>
    <message>
        <source>Continuing the paused turn at your request.</source>
        <translation>요청에 따라 일시 중지된 차례를 계속합니다.</translation>
    </message>
    <message>
        <source>Not run: your answer reached the output limit while this call was being written. Send it again if it is still needed.</source>
        <translation>실행 안 함: 이 호출을 쓰는 동안 답변이 출력 한도에 도달했습니다. 아직 필요하면 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Continuing the cut-off answer at your request.</source>
        <translation>요청에 따라 잘린 답변을 이어서 받습니다.</translation>
    </message>
    <message>
        <source>Sending turn %1 again at your request.</source>
        <translation>요청에 따라 %1번째 차례를 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Network: allowed %1 (%2)</source>
        <translation>네트워크: %1 허용(%2)</translation>
    </message>
    <message>
        <source>Network: denied %1 (%2)</source>
        <translation>네트워크: %1 거부(%2)</translation>
    </message>
    <message>
        <source>Allow network access to %1?</source>
        <translation>%1에 대한 네트워크 접근을 허용할까요?</translation>
    </message>
    <message>
        <source>A command in the sandbox asked the proxy to connect to %1.
Allowing it lets every command of this run reach that host and port.</source>
        <translation>샌드박스 안의 명령이 프록시에 %1 연결을 요청했습니다.
허용하면 이 실행의 모든 명령이 그 호스트와 포트에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>no domain rule names %1; network access is asked about host by host</source>
        <translation>%1을(를) 지정한 도메인 규칙이 없습니다. 네트워크 접근은 호스트마다 확인합니다</translation>
    </message>
    <message>
        <source>there is no one to ask</source>
        <translation>확인해 줄 사람이 없습니다</translation>
    </message>
    <message>
        <source>no rule allows %1:%2 and there is no one to ask</source>
        <translation>%1:%2을(를) 허용하는 규칙이 없고 확인해 줄 사람도 없습니다</translation>
    </message>
    <message>
        <source>this run (%1)</source>
        <translation>이 실행(%1)</translation>
    </message>
    <message>
        <source>%1 resolves to %2, %3</source>
        <translation>%1은(는) %2(으)로 확인되며, %3입니다</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the name could not be resolved</source>
        <translation>이름을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>the upstream server did not answer within %1 s</source>
        <translation>상위 서버가 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>a cloud metadata address</source>
        <translation>클라우드 메타데이터 주소</translation>
    </message>
    <message>
        <source>a multicast address</source>
        <translation>멀티캐스트 주소</translation>
    </message>
    <message>
        <source>a loopback address</source>
        <translation>루프백 주소</translation>
    </message>
    <message>
        <source>a private (RFC 1918) address</source>
        <translation>사설(RFC 1918) 주소</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>링크 로컬 주소</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>작업 공간 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1. Nothing was run.</source>
        <translation>샌드박스를 시작할 수 없습니다: %1. 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: bubblewrap was not found at %1. Install it (apt install bubblewrap) or configure the path of the system&apos;s bwrap.</source>
        <translation>샌드박스를 시작할 수 없습니다: %1에서 bubblewrap을 찾지 못했습니다. 설치하거나(apt install bubblewrap) 시스템 bwrap의 경로를 설정하십시오.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: user namespaces are disabled (user.max_user_namespaces = %1). Enable them: sysctl -w user.max_user_namespaces=15000</source>
        <translation>샌드박스를 시작할 수 없습니다: 사용자 네임스페이스가 꺼져 있습니다(user.max_user_namespaces = %1). 켜십시오: sysctl -w user.max_user_namespaces=15000</translation>
    </message>
    <message>
        <source>The sandbox cannot start: unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = %1). Enable them: sysctl -w kernel.unprivileged_userns_clone=1</source>
        <translation>샌드박스를 시작할 수 없습니다: 비특권 사용자 네임스페이스가 꺼져 있습니다(kernel.unprivileged_userns_clone = %1). 켜십시오: sysctl -w kernel.unprivileged_userns_clone=1</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist or is not a folder. Create it or choose another one.</source>
        <translation>작업 공간 %1이(가) 없거나 폴더가 아닙니다. 만들거나 다른 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s — attempt %3 of %4.</source>
        <translation>%1. %2초 후 다시 시도합니다(%4회 중 %3번째).</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s — attempt %3 of %4. request-id: %5</source>
        <translation>%1. %2초 후 다시 시도합니다(%4회 중 %3번째). 요청 ID: %5</translation>
    </message>
    <message>
        <source>The account&apos;s spend limit has been reached</source>
        <translation>계정의 지출 한도에 도달했습니다</translation>
    </message>
    <message>
        <source>The API timed out waiting for the request (408)</source>
        <translation>API가 요청을 기다리다 시간이 초과되었습니다(408)</translation>
    </message>
    <message>
        <source>The API reported a conflict (409)</source>
        <translation>API가 충돌을 보고했습니다(409)</translation>
    </message>
    <message>
        <source>The API is rate limiting this key (429)</source>
        <translation>API가 이 키의 요청 속도를 제한하고 있습니다(429)</translation>
    </message>
    <message>
        <source>The API is overloaded (529)</source>
        <translation>API가 과부하 상태입니다(529)</translation>
    </message>
    <message>
        <source>The API had a server error (%1)</source>
        <translation>API에 서버 오류가 발생했습니다(%1)</translation>
    </message>
    <message>
        <source>The API answered HTTP %1</source>
        <translation>API가 HTTP %1 상태로 응답했습니다</translation>
    </message>
    <message>
        <source>Could not reach the API</source>
        <translation>API에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>The API did not answer in time</source>
        <translation>API가 제시간에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>The connection closed before the answer began</source>
        <translation>응답이 시작되기 전에 연결이 끊어졌습니다</translation>
    </message>
    <message>
        <source>%1 The API said: %2</source>
        <translation>%1 API 메시지: %2</translation>
    </message>
    <message>
        <source>The account&apos;s spend limit has been reached, so the request was not retried. Raise the limit in the Anthropic Console (Settings → Limits) or wait for the next billing period.</source>
        <translation>계정의 지출 한도에 도달하여 요청을 다시 시도하지 않았습니다. Anthropic Console(Settings → Limits)에서 한도를 올리거나 다음 결제 기간까지 기다리세요.</translation>
    </message>
    <message>
        <source>The API rejected the request. The API&apos;s message below says which part is wrong; nothing was retried.</source>
        <translation>API가 요청을 거부했습니다. 어느 부분이 잘못되었는지는 아래 API 메시지에 나와 있으며, 다시 시도하지 않았습니다.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check ANTHROPIC_API_KEY, or enter a valid key under Settings → Anthropic API Key.</source>
        <translation>API 키가 거부되었습니다. ANTHROPIC_API_KEY를 확인하거나 설정 → Anthropic API 키에서 올바른 키를 입력하세요.</translation>
    </message>
    <message>
        <source>The API refused the request because of a billing problem with the account. Check the account&apos;s billing details in the Anthropic Console.</source>
        <translation>계정의 결제 문제로 API가 요청을 거부했습니다. Anthropic Console에서 계정의 결제 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>The API key does not have permission for this request. Use a key whose workspace may use this model, or choose another model.</source>
        <translation>이 API 키에는 이 요청에 대한 권한이 없습니다. 이 모델을 쓸 수 있는 워크스페이스의 키를 사용하거나 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. Check the model id (--model or Settings) and the base URL (ANTHROPIC_BASE_URL or --base-url).</source>
        <translation>모델 또는 엔드포인트를 찾을 수 없습니다. 모델 ID(--model 또는 설정)와 기본 URL(ANTHROPIC_BASE_URL 또는 --base-url)을 확인하세요.</translation>
    </message>
    <message>
        <source>The API timed out waiting for the request (408). Try again shortly.</source>
        <translation>API가 요청을 기다리다 시간이 초과되었습니다(408). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API reported a conflict (409). Try again shortly.</source>
        <translation>API가 충돌을 보고했습니다(409). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The request is too large for the API (the limit is 32 MB). Trim the conversation: start a new run, or have tools return less (large files, long logs, images).</source>
        <translation>요청이 API 한도(32MB)를 넘습니다. 대화를 줄이세요. 새로 실행을 시작하거나, 도구가 더 적게 반환하도록 하세요(큰 파일, 긴 로그, 이미지).</translation>
    </message>
    <message>
        <source>The API is rate limiting this key. Wait a moment and try again; if it keeps happening, send fewer or smaller requests or raise the account&apos;s rate limits.</source>
        <translation>API가 이 키의 요청 속도를 제한하고 있습니다. 잠시 기다렸다가 다시 시도하세요. 계속 그러면 요청 수나 크기를 줄이거나 계정의 속도 제한을 올리세요.</translation>
    </message>
    <message>
        <source>The API is overloaded right now. Try again in a few minutes.</source>
        <translation>API가 지금 과부하 상태입니다. 몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API had a server error (HTTP %1). Try again shortly.</source>
        <translation>API에 서버 오류가 발생했습니다(HTTP %1). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API rejected the request (HTTP %1). The API&apos;s message below may say why.</source>
        <translation>API가 요청을 거부했습니다(HTTP %1). 아래 API 메시지에 이유가 나와 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The API reported an error in the middle of the answer: %1. What arrived so far is kept. %2</source>
        <translation>API가 응답 도중에 오류를 보고했습니다: %1. 지금까지 받은 내용은 그대로 둡니다. %2</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it keeps happening, send fewer or smaller requests or raise the account&apos;s rate limits.</source>
        <translation>잠시 기다렸다가 다시 시도하세요. 계속 그러면 요청 수나 크기를 줄이거나 계정의 속도 제한을 올리세요.</translation>
    </message>
    <message>
        <source>connect timeout of %1 ms</source>
        <translation>연결 제한 시간 %1ms</translation>
    </message>
    <message>
        <source>idle timeout of %1 ms</source>
        <translation>유휴 제한 시간 %1ms</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API&apos;s message says what to change.</source>
        <translation>무엇을 바꿔야 하는지는 API 메시지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Could not reach the API at %1. Check the network and the base URL (ANTHROPIC_BASE_URL or --base-url).</source>
        <translation>%1의 API에 연결할 수 없습니다. 네트워크와 기본 URL(ANTHROPIC_BASE_URL 또는 --base-url)을 확인하세요.</translation>
    </message>
    <message>
        <source>Could not connect to the API at %1 within %2 s. Check the network and the base URL.</source>
        <translation>%2초 안에 %1의 API에 연결하지 못했습니다. 네트워크와 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>The API sent nothing for %1 seconds, so the request was stopped. Try again; if it keeps happening, check the network.</source>
        <translation>API가 %1초 동안 아무것도 보내지 않아 요청을 중단했습니다. 다시 시도하고, 계속 그러면 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 [request-id: %2]</source>
        <translation>%1 [요청 ID: %2]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not hand the workspace %1 to the sandbox user: %2. Check that the workspace is on a local file system the app can change.</source>
        <translation>작업 공간 %1을(를) 샌드박스 사용자에게 넘기지 못했습니다: %2. 작업 공간이 앱이 변경할 수 있는 로컬 파일 시스템에 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The workspace %1 is nested more than 256 folders deep; the workbench will not hand it over. Choose a smaller workspace.</source>
        <translation>작업 공간 %1은(는) 폴더가 256단계보다 깊게 중첩되어 있어 넘기지 않습니다. 더 작은 작업 공간을 선택하세요.</translation>
    </message>
    <message>
        <source>The sandbox could not start: the app could not create an in-memory file for its policy (memfd_create failed).</source>
        <translation>샌드박스를 시작할 수 없습니다: 앱이 정책용 메모리 내 파일을 만들지 못했습니다(memfd_create 실패).</translation>
    </message>
    <message>
        <source>The sandbox could not start the command %1: %2. Only programs under /usr are available inside the sandbox; check the name.</source>
        <translation>샌드박스가 명령 %1을(를) 시작하지 못했습니다: %2. 샌드박스 안에서는 /usr 아래의 프로그램만 쓸 수 있으니 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1. %2</source>
        <translation>샌드박스를 시작할 수 없습니다: %1. %2</translation>
    </message>
    <message>
        <source>The app could not switch to the unprivileged sandbox user before starting bubblewrap.</source>
        <translation>앱이 bubblewrap을 시작하기 전에 권한 없는 샌드박스 사용자로 전환하지 못했습니다.</translation>
    </message>
    <message>
        <source>Check that bubblewrap works here: bwrap --unshare-all --ro-bind /usr /usr true</source>
        <translation>이 시스템에서 bubblewrap이 동작하는지 확인하세요: bwrap --unshare-all --ro-bind /usr /usr true</translation>
    </message>
    <message>
        <source>The sandbox could not start: bubblewrap could not be run from %1. Install it (apt install bubblewrap) or configure the path of the system&apos;s bwrap. Nothing was run.</source>
        <translation>샌드박스를 시작할 수 없습니다: %1에서 bubblewrap을 실행할 수 없습니다. bubblewrap을 설치(apt install bubblewrap)하거나 시스템 bwrap의 경로를 설정하세요. 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1) and no profile allows bwrap. Install an AppArmor profile for /usr/bin/bwrap (Ubuntu: apparmor&apos;s bwrap-userns-restrict) or run: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0</source>
        <translation>샌드박스를 시작할 수 없습니다: AppArmor가 권한 없는 사용자 네임스페이스를 제한하고 있으며(kernel.apparmor_restrict_unprivileged_userns = 1) bwrap을 허용하는 프로필이 없습니다. /usr/bin/bwrap용 AppArmor 프로필을 설치하거나(Ubuntu: apparmor의 bwrap-userns-restrict) 다음을 실행하세요: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0</translation>
    </message>
    <message>
        <source>No workspace folder was chosen. Pass --workspace DIR or pick a folder in the settings.</source>
        <translation>작업 공간 폴더를 선택하지 않았습니다. --workspace DIR을 지정하거나 설정에서 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The workspace %1 is a system folder; the sandbox would make it writable. Choose a project folder instead, e.g. under /var/tmp or your home.</source>
        <translation>작업 공간 %1은(는) 시스템 폴더라 샌드박스가 쓰기 가능하게 만들게 됩니다. 대신 /var/tmp나 홈 디렉터리 아래의 프로젝트 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The bubblewrap path %1 must be absolute (the system&apos;s /usr/bin/bwrap), so no other program can be picked up from PATH.</source>
        <translation>bubblewrap 경로 %1은(는) 절대 경로(시스템의 /usr/bin/bwrap)여야 합니다. 그래야 PATH에서 다른 프로그램을 잘못 집어 오지 않습니다.</translation>
    </message>
    <message>
        <source>The app runs as root, and the sandbox user must not be root too. Configure an unprivileged sandbox uid and gid (default 65534).</source>
        <translation>앱이 root로 실행 중이므로 샌드박스 사용자까지 root여서는 안 됩니다. 권한 없는 샌드박스 uid와 gid를 설정하세요(기본값 65534).</translation>
    </message>
    <message>
        <source>The sandbox runs as the unprivileged user %1, which cannot reach %2 because %3 is private (mode %4). Choose a workspace outside it, e.g. under /var/tmp.</source>
        <translation>샌드박스는 권한 없는 사용자 %1(으)로 실행되는데, %3이(가) 비공개(모드 %4)라서 %2에 접근할 수 없습니다. 그 바깥의 작업 공간을 선택하세요(예: /var/tmp 아래).</translation>
    </message>
    <message>
        <source>The sandbox cannot start: its launcher %1 is missing or unreadable. Reinstall the app (workbench-sandbox-launch belongs next to agent-workbench) or rebuild the target workbench-sandbox-launch.</source>
        <translation>샌드박스를 시작할 수 없습니다: 실행기 %1이(가) 없거나 읽을 수 없습니다. 앱을 다시 설치하거나(workbench-sandbox-launch는 agent-workbench와 같은 곳에 있어야 합니다) workbench-sandbox-launch 타깃을 다시 빌드하세요.</translation>
    </message>
    <message>
        <source>The extra read-only path %1 cannot be bound into the sandbox: %2.</source>
        <translation>추가 읽기 전용 경로 %1을(를) 샌드박스에 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1 is not executable by uid %2. Reinstall bubblewrap (apt install --reinstall bubblewrap).</source>
        <translation>샌드박스를 시작할 수 없습니다: uid %2(으)로는 %1을(를) 실행할 수 없습니다. bubblewrap을 다시 설치하세요(apt install --reinstall bubblewrap).</translation>
    </message>
    <message>
        <source>The workspace %1 no longer exists. Choose another folder.</source>
        <translation>작업 공간 %1이(가) 더 이상 없습니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>No command was given to run.</source>
        <translation>실행할 명령이 주어지지 않았습니다.</translation>
    </message>
    <message>
        <source>it is not an absolute path; give it from the root, e.g. /opt/rust</source>
        <translation>절대 경로가 아닙니다. /opt/rust처럼 루트부터 적으세요</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>존재하지 않습니다</translation>
    </message>
    <message>
        <source>it is neither a folder nor a regular file</source>
        <translation>폴더도 일반 파일도 아닙니다</translation>
    </message>
    <message>
        <source>it is the whole file system</source>
        <translation>파일 시스템 전체입니다</translation>
    </message>
    <message>
        <source>it is under %1, which exposes the host&apos;s kernel and devices</source>
        <translation>호스트의 커널과 장치를 드러내는 %1 아래에 있습니다</translation>
    </message>
    <message>
        <source>it is your home folder or contains it (%1); name the one folder the commands need instead</source>
        <translation>홈 폴더이거나 홈 폴더를 포함합니다(%1). 대신 명령에 필요한 폴더 하나만 지정하세요</translation>
    </message>
    <message>
        <source>it holds the app&apos;s own settings or data (%1)</source>
        <translation>앱 자체의 설정이나 데이터가 들어 있습니다(%1)</translation>
    </message>
    <message>
        <source>it overlaps %1, which the sandbox provides itself</source>
        <translation>샌드박스가 직접 제공하는 %1과(와) 겹칩니다</translation>
    </message>
    <message>
        <source>it is the workspace or contains it; the workspace is bound already</source>
        <translation>작업 공간이거나 작업 공간을 포함합니다. 작업 공간은 이미 연결되어 있습니다</translation>
    </message>
    <message>
        <source>stopped: the workspace grew by more than %1</source>
        <translation>중지됨: 작업 공간이 %1 넘게 늘어남</translation>
    </message>
    <message>
        <source>stopped: the workspace grew past its limit</source>
        <translation>중지됨: 작업 공간이 증가 한도를 넘어섬</translation>
    </message>
    <message>
        <source>workspace growth limit of %1 bytes exceeded</source>
        <translation>작업 공간 증가 한도 %1바이트 초과</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1GiB</translation>
    </message>
    <message>
        <source>workbench-sandbox-launch: cannot run &quot;%1&quot;: %2</source>
        <translation>workbench-sandbox-launch: &quot;%1&quot;을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>memory limit of %1 MiB reached (the kernel killed %2 process(es) in the run&apos;s cgroup)</source>
        <translation>메모리 한도 %1MiB에 도달(커널이 이 실행의 cgroup에서 프로세스 %2개를 종료)</translation>
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
        <translation>사용법: agent-workbench checkpoints list --workspace DIR [--json] | diff ID1 ID2 [--stat] | rewind ID --workspace DIR [--no-safety-checkpoint]   (공통: [--store DIR])</translation>
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
        <translation>%2에 %1의 체크포인트가 없습니다.
</translation>
    </message>
    <message>
        <source>(taken by hand)</source>
        <translation>(수동으로 생성됨)</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 이전</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 files, %5</source>
        <translation>%1  %2  %3  파일 %4개, %5</translation>
    </message>
    <message>
        <source>, %1 not captured</source>
        <translation>, %1 캡처되지 않음</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>차이가 없습니다.
</translation>
    </message>
    <message>
        <source>Checkpoint %1 was taken of %2, not of %3; nothing was changed.</source>
        <translation>체크포인트 %1은(는) %3이(가) 아니라 %2에서 생성되었습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Rewound %1 to checkpoint %2: %3 written, %4 removed, %5 folders created, %6 modes restored, %7 unchanged.
</source>
        <translation>%1을(를) 체크포인트 %2(으)로 되돌렸습니다: %3개 기록, %4개 제거, 폴더 %5개 생성, 권한 %6개 복원, %7개 변경 없음.
</translation>
    </message>
    <message>
        <source>Not restored (it was not captured): %1
</source>
        <translation>복원되지 않음(캡처되지 않았음): %1
</translation>
    </message>
    <message>
        <source>Conversation cut point: tool call %1 (run %2). The checkpoint was taken before it ran; continue the conversation from just before that tool_use.
</source>
        <translation>대화 분기 지점: 도구 호출 %1(실행 %2). 이 체크포인트는 해당 호출이 실행되기 전에 생성되었습니다. 그 tool_use 바로 앞에서 대화를 이어 가십시오.
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Conversation cut point: none (this checkpoint was not taken before a tool call).
</source>
        <translation>대화 분기 지점: 없음(이 체크포인트는 도구 호출 전에 생성되지 않았습니다).
</translation>
    </message>
    <message>
        <source>To undo this rewind: agent-workbench checkpoints rewind %1 --workspace %2
</source>
        <translation>이 되돌리기를 취소하려면: agent-workbench checkpoints rewind %1 --workspace %2
</translation>
    </message>
    <message>
        <source>List, compare and restore workspace checkpoints.</source>
        <translation>작업 공간 체크포인트를 나열, 비교 및 복원합니다.</translation>
    </message>
    <message>
        <source>The checkpoint store (default: the app&apos;s data location).</source>
        <translation>체크포인트 저장소(기본값: 프로그램 데이터 위치).</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>작업 공간 폴더.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>diff: only the list of changed paths.</source>
        <translation>diff: 변경된 경로 목록만 표시합니다.</translation>
    </message>
    <message>
        <source>rewind: do not checkpoint the current state first.</source>
        <translation>rewind: 현재 상태의 체크포인트를 먼저 만들지 않습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 refused the connection. Is the URL right and the Worker deployed?</source>
        <translation>%1 실패: %2의 샌드박스 브리지가 연결을 거부했습니다. URL이 올바르고 Worker가 배포되어 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 failed: the host of the sandbox bridge URL %2 was not found.</source>
        <translation>%1 실패: 샌드박스 브리지 URL %2의 호스트를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the secure (TLS) connection to the sandbox bridge at %2 could not be established. Check the certificate and the URL.</source>
        <translation>%1 실패: %2의 샌드박스 브리지와 보안(TLS) 연결을 설정할 수 없습니다. 인증서와 URL을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 did not answer in time.</source>
        <translation>%1 실패: %2의 샌드박스 브리지가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 closed the connection.</source>
        <translation>%1 실패: %2의 샌드박스 브리지가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 could not be reached.</source>
        <translation>%1 실패: %2의 샌드박스 브리지에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 rejected the API key (401). Set SANDBOX_API_KEY, or store the key in the app&apos;s settings; it must equal the Worker&apos;s SANDBOX_API_KEY secret.</source>
        <translation>%1 실패: %2의 샌드박스 브리지가 API 키를 거부했습니다(401). SANDBOX_API_KEY를 설정하거나 프로그램 설정에 키를 저장하십시오. 이 키는 Worker의 SANDBOX_API_KEY 비밀 값과 같아야 합니다.</translation>
    </message>
    <message>
        <source>%1 failed: no such file in the sandbox.</source>
        <translation>%1 실패: 샌드박스에 해당 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 has no such route (404). Is the URL the Worker&apos;s root, and is that Worker a sandbox bridge?</source>
        <translation>%1 실패: %2의 샌드박스 브리지에 해당 경로가 없습니다(404). URL이 Worker의 루트인지, 그리고 그 Worker가 샌드박스 브리지인지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 failed: the bridge refused a path outside /workspace (403).</source>
        <translation>%1 실패: 브리지가 /workspace 밖의 경로를 거부했습니다(403).</translation>
    </message>
    <message>
        <source>%1 failed: the bridge refused the data as too large (413; at most 32 MiB per file).</source>
        <translation>%1 실패: 브리지가 데이터가 너무 크다며 거부했습니다(413, 파일당 최대 32 MiB).</translation>
    </message>
    <message>
        <source>%1 failed: Cloudflare has no sandbox capacity left for this Worker (its max_instances is reached). Try again later or raise the limit in wrangler.jsonc.</source>
        <translation>%1 실패: Cloudflare에 이 Worker를 위한 샌드박스 용량이 남아 있지 않습니다(max_instances에 도달함). 나중에 다시 시도하거나 wrangler.jsonc에서 제한을 늘리십시오.</translation>
    </message>
    <message>
        <source>%1 failed: the bridge called the request invalid (400).</source>
        <translation>%1 실패: 브리지가 요청이 잘못되었다고 응답했습니다(400).</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 reported a failure on its side (%3).</source>
        <translation>%1 실패: %2의 샌드박스 브리지 쪽에서 오류가 발생했습니다(%3).</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox bridge at %2 answered with status %3.</source>
        <translation>%1 실패: %2의 샌드박스 브리지가 상태 %3(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>a link is in the way, and links are never followed</source>
        <translation>경로에 링크가 있으며, 링크는 따라가지 않습니다</translation>
    </message>
</context>
<context>
    <name>Workbench::ActionSet</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>응용 프로그램</translation>
    </message>
    <message>
        <source>&amp;New Run</source>
        <translation>새 실행(&amp;N)</translation>
    </message>
    <message>
        <source>Run the &amp;Demo</source>
        <translation>데모 실행(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop the Run</source>
        <translation>실행 중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation or Output…</source>
        <translation>대화 또는 출력에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tool Call</source>
        <translation>다음 도구 호출(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tool Call</source>
        <translation>이전 도구 호출(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the &amp;Conversation</source>
        <translation>대화로 이동(&amp;C)</translation>
    </message>
    <message>
        <source>Go to the &amp;Script</source>
        <translation>스크립트로 이동(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the &amp;Output</source>
        <translation>출력으로 이동(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>&amp;Open Transcript…</source>
        <translation>대화 기록 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Claude &amp;Code Sessions…</source>
        <translation>Claude Code 세션(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Workbench::ApiKeyStore</name>
    <message>
        <source>No desktop keychain is available (%1). Set %2, or enter a key under Settings to use it for this session.</source>
        <translation>데스크톱 키체인을 사용할 수 없습니다(%1). %2을(를) 설정하거나, 이번 세션에서만 사용하도록 설정에서 키를 입력하십시오.</translation>
    </message>
    <message>
        <source>The key is used for this session only; the keychain could not store it: %1</source>
        <translation>키는 이번 세션에서만 사용됩니다. 키체인에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The key is forgotten for this session; the keychain could not remove it: %1</source>
        <translation>이번 세션에서는 키를 더 이상 사용하지 않습니다. 키체인에서 키를 제거하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalDialog</name>
    <message>
        <source>only reads</source>
        <translation>읽기만 함</translation>
    </message>
    <message>
        <source>writes to the workspace</source>
        <translation>작업 공간에 씀</translation>
    </message>
    <message>
        <source>runs commands</source>
        <translation>명령 실행</translation>
    </message>
    <message>
        <source>Approve tool call?</source>
        <translation>도구 호출을 승인하시겠습니까?</translation>
    </message>
    <message>
        <source>Approve tool call</source>
        <translation>도구 호출 승인</translation>
    </message>
    <message>
        <source>use the %1 tool</source>
        <translation>%1 도구 사용</translation>
    </message>
    <message>
        <source>Claude wants to %1</source>
        <translation>Claude의 요청: %1</translation>
    </message>
    <message>
        <source>Tool: %1 (%2)</source>
        <translation>도구: %1(%2)</translation>
    </message>
    <message>
        <source>What will run</source>
        <translation>실행할 내용</translation>
    </message>
    <message>
        <source>The exact script or command Claude asks to run, read-only</source>
        <translation>Claude가 실행하려는 스크립트 또는 명령 원문(읽기 전용)</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <source>Where the command runs, as the sandbox sees it</source>
        <translation>샌드박스 안에서 본 명령 실행 위치</translation>
    </message>
    <message>
        <source>Why you are asked</source>
        <translation>확인을 요청하는 이유</translation>
    </message>
    <message>
        <source>Why the permission policy asks before running this call</source>
        <translation>권한 정책이 이 호출을 실행하기 전에 확인을 요청하는 이유</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>권한 모드</translation>
    </message>
    <message>
        <source>The permission mode of this run</source>
        <translation>이 실행의 권한 모드</translation>
    </message>
    <message>
        <source>Working directory:</source>
        <translation>작업 디렉터리:</translation>
    </message>
    <message>
        <source>Why you are asked:</source>
        <translation>확인을 요청하는 이유:</translation>
    </message>
    <message>
        <source>Permission mode:</source>
        <translation>권한 모드:</translation>
    </message>
    <message>
        <source>  (not fully understood: %1)</source>
        <translation>  (완전히 해석되지 않음: %1)</translation>
    </message>
    <message>
        <source>Subcommands</source>
        <translation>하위 명령</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>하위 명령:</translation>
    </message>
    <message>
        <source>Rule to remember</source>
        <translation>기억할 규칙</translation>
    </message>
    <message>
        <source>Allow rules saved by Approve and remember; separate several with commas</source>
        <translation>‘승인 및 규칙 저장’으로 저장되는 허용 규칙입니다. 여러 개는 쉼표로 구분하십시오.</translation>
    </message>
    <message>
        <source>Remember for</source>
        <translation>기억할 범위</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>이 프로젝트</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <source>&amp;Remember rule:</source>
        <translation>규칙 기억(&amp;R):</translation>
    </message>
    <message>
        <source>Earlier calls this rule would have matched</source>
        <translation>이 규칙에 해당했을 이전 호출</translation>
    </message>
    <message>
        <source>Would have matched:</source>
        <translation>해당했을 호출:</translation>
    </message>
    <message>
        <source>Message to Claude if you deny (optional)</source>
        <translation>거부할 때 Claude에게 보낼 메시지(선택 사항)</translation>
    </message>
    <message>
        <source>Message to Claude</source>
        <translation>Claude에게 보낼 메시지</translation>
    </message>
    <message>
        <source>Optional; sent to Claude with a denial. Enter denies with this message.</source>
        <translation>선택 사항입니다. 거부할 때 Claude에게 함께 전달됩니다. Enter 키를 누르면 이 메시지와 함께 거부합니다.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>메시지(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>거부(&amp;D)</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Do not run this call; Claude gets your message, if any</source>
        <translation>이 호출을 실행하지 않습니다. 메시지가 있으면 Claude에게 전달됩니다.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Run this call once (Ctrl+Return)</source>
        <translation>이 호출을 한 번 실행합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Change the script before approving; the edited text is what runs</source>
        <translation>승인하기 전에 스크립트를 수정합니다. 수정한 내용이 실행됩니다.</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; Re&amp;member</source>
        <translation>승인 및 규칙 저장(&amp;M)</translation>
    </message>
    <message>
        <source>Approve and remember</source>
        <translation>승인 및 규칙 저장</translation>
    </message>
    <message>
        <source>Run this call and save the rule for the chosen scope</source>
        <translation>이 호출을 실행하고 선택한 범위에 규칙을 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Close this dialog; the call keeps waiting in the approval inbox</source>
        <translation>이 대화 상자를 닫습니다. 호출은 승인 대기함에서 계속 기다립니다.</translation>
    </message>
    <message>
        <source>Keep this call waiting in the approval inbox</source>
        <translation>이 호출을 승인 대기함에 계속 둡니다</translation>
    </message>
    <message>
        <source>The user closed the approval dialog without approving.</source>
        <translation>사용자가 승인하지 않고 승인 대화 상자를 닫았습니다.</translation>
    </message>
    <message>
        <source>The script to run; your edits are what runs when you approve</source>
        <translation>실행할 스크립트입니다. 승인하면 수정한 내용이 실행됩니다.</translation>
    </message>
    <message>
        <source>Edit what Claude wants to run, then approve</source>
        <translation>Claude가 실행하려는 내용을 수정한 뒤 승인하십시오</translation>
    </message>
    <message>
        <source>Write the rule to remember, for example Bash(npm run test:*).</source>
        <translation>기억할 규칙을 입력하십시오(예: Bash(npm run test:*)).</translation>
    </message>
    <message>
        <source>(no earlier call of this run)</source>
        <translation>(이 실행의 이전 호출 없음)</translation>
    </message>
    <message>
        <source>Allow network access?</source>
        <translation>네트워크 접근을 허용하시겠습니까?</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>네트워크 접근 허용</translation>
    </message>
    <message>
        <source>A command in the sandbox wants to reach %1</source>
        <translation>샌드박스 안의 명령이 %1에 접근하려고 합니다</translation>
    </message>
    <message>
        <source>Allowing it lets every command of this run reach that host and port.</source>
        <translation>허용하면 이 실행의 모든 명령이 그 호스트와 포트에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>Allow for This &amp;Run</source>
        <translation>이 실행에 허용(&amp;R)</translation>
    </message>
    <message>
        <source>Allow for this run</source>
        <translation>이 실행에 허용</translation>
    </message>
    <message>
        <source>Let every command of this run reach this host and port (Ctrl+Return)</source>
        <translation>이 실행의 모든 명령이 이 호스트와 포트에 접근하도록 허용합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Always Allow</source>
        <translation>항상 허용(&amp;A)</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>항상 허용</translation>
    </message>
    <message>
        <source>Allow it now and save the rule for the chosen scope, so later runs are not asked</source>
        <translation>지금 허용하고 선택한 범위에 규칙을 저장해 이후 실행에서는 묻지 않습니다</translation>
    </message>
    <message>
        <source>Refuse the connection; the command sees it fail</source>
        <translation>연결을 거부합니다. 명령에는 연결 실패로 보입니다</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 s per call</source>
        <translation>호출당 %1초</translation>
    </message>
    <message>
        <source>CPU %1 s</source>
        <translation>CPU %1초</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>메모리 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>프로세스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>files up to %1</source>
        <translation>파일 최대 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open files</source>
        <translation>
            <numerusform>열린 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>no sandbox: runs as you, on this machine</source>
        <translation>샌드박스 없음: 이 컴퓨터에서 사용자 권한으로 실행</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sandbox and limits</source>
        <translation>샌드박스와 한도</translation>
    </message>
    <message>
        <source>The sandbox this call runs in and the limits that bind it</source>
        <translation>이 호출이 실행되는 샌드박스와 적용되는 한도</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>샌드박스:</translation>
    </message>
    <message>
        <source>off — the sandbox has no network</source>
        <translation>꺼짐 — 샌드박스에 네트워크가 없습니다</translation>
    </message>
    <message>
        <source>only through the app&apos;s filtering proxy; no domain is allowed yet</source>
        <translation>앱의 필터링 프록시를 통해서만. 아직 허용된 도메인이 없습니다</translation>
    </message>
    <message>
        <source>only through the app&apos;s filtering proxy; allowed: %1</source>
        <translation>앱의 필터링 프록시를 통해서만. 허용: %1</translation>
    </message>
    <message>
        <source>not restricted — this call runs without a sandbox</source>
        <translation>제한 없음 — 이 호출은 샌드박스 없이 실행됩니다</translation>
    </message>
    <message>
        <source>decided by the remote sandbox; not verified by this app</source>
        <translation>원격 샌드박스가 정하며 이 앱은 확인하지 않습니다</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Whether and how this call can reach the network</source>
        <translation>이 호출이 네트워크에 접근할 수 있는지와 그 방법</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no domain. Write WebFetch(domain:HOST), for example %2.</source>
        <translation>&quot;%1&quot;에 도메인이 없습니다. WebFetch(domain:HOST) 형식으로 쓰십시오. 예: %2</translation>
    </message>
    <message>
        <source>Write the rule to remember, for example %1.</source>
        <translation>기억할 규칙을 쓰십시오. 예: %1</translation>
    </message>
    <message>
        <source>workspace growth up to %1</source>
        <translation>작업 공간 증가 최대 %1</translation>
    </message>
    <message>
        <source>read-only extra: %1</source>
        <translation>추가 읽기 전용: %1</translation>
    </message>
    <message>
        <source>Read-only extras</source>
        <translation>추가 읽기 전용 폴더</translation>
    </message>
    <message>
        <source>Host folders the sandbox can read but not change</source>
        <translation>샌드박스가 읽을 수는 있지만 바꿀 수는 없는 호스트 폴더</translation>
    </message>
    <message>
        <source>Host folders:</source>
        <translation>호스트 폴더:</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalInbox</name>
    <message>
        <source>No call is waiting for approval.</source>
        <translation>승인을 기다리는 호출이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>승인(&amp;V)</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>거부(&amp;N)</translation>
    </message>
    <message>
        <source>Calls waiting for approval</source>
        <translation>승인을 기다리는 호출</translation>
    </message>
    <message>
        <source>Decide the selected call in the approval dialog (Enter)</source>
        <translation>선택한 호출을 승인 대화 상자에서 결정합니다(Enter)</translation>
    </message>
    <message>
        <source>Run the selected call as it is (Ctrl+Return)</source>
        <translation>선택한 호출을 그대로 실행합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Do not run the selected call (Delete)</source>
        <translation>선택한 호출을 실행하지 않습니다(Delete)</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalInboxModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험도</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 시간</translation>
    </message>
</context>
<context>
    <name>Workbench::ApprovalRouter</name>
    <message>
        <source>Approve a call of %1?</source>
        <translation>%1의 호출을 승인하시겠습니까?</translation>
    </message>
    <message>
        <source>%1 — waiting for your approval</source>
        <translation>%1 — 승인을 기다리는 중</translation>
    </message>
    <message>
        <source>&amp;Answer the Waiting Approval</source>
        <translation>대기 중인 승인에 응답(&amp;A)</translation>
    </message>
    <message>
        <source>Open the newest call waiting for your approval (%1)</source>
        <translation>승인을 기다리는 가장 최근 호출을 엽니다(%1)</translation>
    </message>
    <message>
        <source>%1 is waiting for your approval. Press %2 to answer.</source>
        <translation>%1이(가) 승인을 기다립니다. 응답하려면 %2을(를) 누르십시오.</translation>
    </message>
</context>
<context>
    <name>Workbench::BranchCompareView</name>
    <message>
        <source>Compare Branches: %1 and %2</source>
        <translation>분기 비교: %1 및 %2</translation>
    </message>
    <message>
        <source>The branches part after step %1 (tool call %2). Left saw: “%3”. Right saw: “%4”.</source>
        <translation>두 분기는 %1단계(도구 호출 %2) 이후 갈라집니다. 왼쪽이 받은 결과: “%3”. 오른쪽이 받은 결과: “%4”.</translation>
    </message>
    <message>
        <source>The two conversations are the same so far.</source>
        <translation>두 대화는 지금까지 같습니다.</translation>
    </message>
    <message>
        <source>The conversations differ from item %1 on.</source>
        <translation>두 대화는 %1번째 항목부터 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::BranchController</name>
    <message>
        <source>Compare with &amp;Parent Branch</source>
        <translation>상위 분기와 비교(&amp;P)</translation>
    </message>
    <message>
        <source>Show this branch next to the run it was forked from</source>
        <translation>이 분기를 갈라져 나온 실행과 나란히 보여 줍니다</translation>
    </message>
    <message>
        <source>Cannot fork this run</source>
        <translation>이 실행에서 분기할 수 없습니다</translation>
    </message>
    <message>
        <source>The transcript has no tool call %1 yet.</source>
        <translation>대화 기록에 아직 도구 호출 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The run could not be restored</source>
        <translation>실행을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot rewind this run</source>
        <translation>이 실행을 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <source>The transcript has no tool call %1.</source>
        <translation>대화 기록에 도구 호출 %1이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No file differs from that checkpoint.</source>
        <translation>그 체크포인트와 다른 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Rewind to Before Step %1?</source>
        <translation>%1단계 이전으로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <source>Rewind the workspace to how it was just before step %1?

What changes:
%2

The conversation is cut back to just before that call, in this tab and transcript, and the call is asked about again. The current files are kept in a safety checkpoint, so this can be undone.</source>
        <translation>작업 공간을 %1단계 직전 상태로 되돌리시겠습니까?

바뀌는 내용:
%2

이 탭과 대화 기록의 대화가 그 호출 직전까지 잘리고, 그 호출을 다시 확인합니다. 현재 파일은 안전 체크포인트에 보관되므로 되돌린 것을 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>비교할 것이 없습니다</translation>
    </message>
    <message>
        <source>Compare works on a branch whose parent run is still open in a tab. Fork a run from a tool call (right-click it) to make a branch.</source>
        <translation>비교는 상위 실행이 아직 탭에 열려 있는 분기에서만 됩니다. 분기를 만들려면 도구 호출을 오른쪽 클릭해 그 지점에서 분기하십시오.</translation>
    </message>
    <message>
        <source>branch at step %1 of %2</source>
        <translation>%2의 %1단계 분기</translation>
    </message>
    <message>
        <source>Continue with a &amp;Follow-up…</source>
        <translation>후속 메시지로 계속(&amp;F)…</translation>
    </message>
    <message>
        <source>Send Claude another message in a run that has stopped, and let it go on</source>
        <translation>멈춘 실행에서 Claude에게 메시지를 하나 더 보내 계속 진행하게 합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop reading the transcript</source>
        <translation>대화 기록 읽기를 멈춥니다</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Reading the transcript to fork it…</source>
        <translation>분기하려고 대화 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>%1 계속</translation>
    </message>
    <message>
        <source>Your next message to Claude. The run goes on from its transcript, with its conversation and workspace as they are now.</source>
        <translation>Claude에게 보낼 다음 메시지입니다. 실행은 대화 기록에서 이어지며, 대화와 작업 공간은 지금 상태 그대로입니다.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>The run is still going</source>
        <translation>실행이 아직 진행 중입니다</translation>
    </message>
    <message>
        <source>A follow-up is sent once the run has stopped. Wait for it to finish, or stop it.</source>
        <translation>후속 메시지는 실행이 멈춘 뒤에 보냅니다. 끝날 때까지 기다리거나 실행을 중지하십시오.</translation>
    </message>
    <message>
        <source>Reading the transcript to rewind it…</source>
        <translation>되돌리려고 대화 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>%1

The run is still going: it is stopped first, and the rewind starts once it has stopped. Files it changes until then are restored too.</source>
        <translation>%1

실행이 아직 진행 중입니다. 먼저 실행을 중지하고, 멈춘 뒤에 되돌리기를 시작합니다. 그때까지 실행이 바꾼 파일도 복원됩니다.</translation>
    </message>
    <message>
        <source>&amp;Stop and Rewind</source>
        <translation>중지 후 되돌리기(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping the run before rewinding…</source>
        <translation>되돌리기 전에 실행을 중지하는 중…</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeEndpoint</name>
    <message>
        <source>No sandbox bridge URL: pass --bridge-url URL or set SANDBOX_BRIDGE_URL (the address of your deployed sandbox bridge Worker).</source>
        <translation>샌드박스 브리지 URL이 없습니다. --bridge-url URL을 지정하거나 SANDBOX_BRIDGE_URL(배포한 샌드박스 브리지 Worker의 주소)을 설정하십시오.</translation>
    </message>
    <message>
        <source>The sandbox bridge URL must be an http(s) address such as https://sandbox.example.com.</source>
        <translation>샌드박스 브리지 URL은 https://sandbox.example.com과 같은 http(s) 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Do not put credentials in the bridge URL; set SANDBOX_API_KEY instead.</source>
        <translation>브리지 URL에 자격 증명을 넣지 마십시오. 대신 SANDBOX_API_KEY를 설정하십시오.</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeExecStream</name>
    <message>
        <source>%1 failed: the bridge sent output that is not base64.</source>
        <translation>%1 실패: 브리지가 base64가 아닌 출력을 보냈습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the bridge&apos;s exit event has no exit code.</source>
        <translation>%1 실패: 브리지의 종료 이벤트에 종료 코드가 없습니다.</translation>
    </message>
    <message>
        <source>%1 failed: the sandbox reported an error (%2).</source>
        <translation>%1 실패: 샌드박스가 오류를 보고했습니다(%2).</translation>
    </message>
    <message>
        <source>%1: the connection to the sandbox bridge at %2 was lost before the command finished; its outcome is unknown (it was not retried).</source>
        <translation>%1: 명령이 끝나기 전에 %2의 샌드박스 브리지와의 연결이 끊어졌습니다. 결과는 알 수 없습니다(다시 시도하지 않았습니다).</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeHealthJob</name>
    <message>
        <source>Checking the bridge&apos;s health</source>
        <translation>브리지 상태 확인 중</translation>
    </message>
    <message>
        <source>The sandbox bridge at %1 is up but misconfigured (503).</source>
        <translation>%1의 샌드박스 브리지가 실행 중이지만 구성이 잘못되었습니다(503).</translation>
    </message>
    <message>
        <source>Reading the bridge&apos;s API description</source>
        <translation>브리지 API 설명을 읽는 중</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not with a sandbox bridge&apos;s API description.</source>
        <translation>%1의 서버가 응답했지만 샌드박스 브리지의 API 설명이 아닙니다.</translation>
    </message>
    <message>
        <source>The sandbox bridge at %1 is up: %2 %3</source>
        <translation>%1의 샌드박스 브리지가 실행 중입니다: %2 %3</translation>
    </message>
</context>
<context>
    <name>Workbench::BridgeSettingsBox</name>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox(원격)</translation>
    </message>
    <message>
        <source>https://sandbox-bridge.example.workers.dev</source>
        <translation>https://sandbox-bridge.example.workers.dev</translation>
    </message>
    <message>
        <source>Sandbox bridge URL</source>
        <translation>샌드박스 브리지 URL</translation>
    </message>
    <message>
        <source>Sandbox bridge key</source>
        <translation>샌드박스 브리지 키</translation>
    </message>
    <message>
        <source>The Worker&apos;s SANDBOX_API_KEY secret</source>
        <translation>Worker의 SANDBOX_API_KEY 비밀 값</translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation>키 저장(&amp;K)</translation>
    </message>
    <message>
        <source>Remove Stored K&amp;ey</source>
        <translation>저장된 키 삭제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the bridge for its health and its API version</source>
        <translation>브리지의 상태와 API 버전을 확인합니다</translation>
    </message>
    <message>
        <source>Bridge &amp;URL:</source>
        <translation>브리지 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Bridge key:</source>
        <translation>브리지 키:</translation>
    </message>
    <message>
        <source>From the SANDBOX_API_KEY environment variable, which wins over a stored key. Unset it to use a stored key.</source>
        <translation>SANDBOX_API_KEY 환경 변수에서 가져오며, 저장된 키보다 우선합니다. 저장된 키를 쓰려면 이 변수를 해제하십시오.</translation>
    </message>
    <message>
        <source>A key is stored in the desktop keychain. Enter a new one to replace it.</source>
        <translation>데스크톱 키체인에 키가 저장되어 있습니다. 바꾸려면 새 키를 입력하십시오.</translation>
    </message>
    <message>
        <source>No key is set. Enter the Worker&apos;s SANDBOX_API_KEY secret; it is kept in the desktop keychain and only ever sent in the Authorization header.</source>
        <translation>키가 없습니다. Worker의 SANDBOX_API_KEY 비밀 값을 입력하십시오. 데스크톱 키체인에 보관되며 Authorization 헤더로만 전송됩니다.</translation>
    </message>
    <message>
        <source>The address of your deployed sandbox bridge Worker (docs/cloudflare-bridge.md).</source>
        <translation>배포한 샌드박스 브리지 Worker의 주소(docs/cloudflare-bridge.md).</translation>
    </message>
    <message>
        <source>SANDBOX_BRIDGE_URL is set (%1) and wins over this field.</source>
        <translation>SANDBOX_BRIDGE_URL이(가) 설정되어 있어(%1) 이 칸보다 우선합니다.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 테스트 중…</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>%1에 연결됨: %2 %3</translation>
    </message>
</context>
<context>
    <name>Workbench::ClaudeCodeMessageModel</name>
    <message>
        <source>Compaction</source>
        <translation>압축</translation>
    </message>
    <message>
        <source>Summary of the compacted conversation</source>
        <translation>압축된 대화의 요약</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API 오류</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>도구 결과</translation>
    </message>
    <message>
        <source>User (added by Claude Code)</source>
        <translation>사용자(Claude Code가 추가함)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>어시스턴트(%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>시스템: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>File snapshot</source>
        <translation>파일 스냅샷</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Unknown line type &quot;%1&quot;</source>
        <translation>알 수 없는 줄 유형 “%1”</translation>
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
        <translation>메시지</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>토큰 입력 / 출력</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
</context>
<context>
    <name>Workbench::ClaudeCodeSessionModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>세션 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
First prompt: %2</source>
        <translation>%1
첫 프롬프트: %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareExecJob</name>
    <message>
        <source>Listing the remote workspace</source>
        <translation>원격 작업 공간 목록을 가져오는 중</translation>
    </message>
    <message>
        <source>Running the command</source>
        <translation>명령 실행 중</translation>
    </message>
    <message>
        <source>wall-clock limit of %1 s reached</source>
        <translation>실행 시간 제한 %1초에 도달함</translation>
    </message>
    <message>
        <source>output limit of %1 MiB reached</source>
        <translation>출력 제한 %1 MiB에 도달함</translation>
    </message>
    <message>
        <source>the remote command may still be running: stopping it failed (%1)</source>
        <translation>원격 명령이 아직 실행 중일 수 있습니다. 중지하지 못했습니다(%1)</translation>
    </message>
    <message>
        <source>Stopping the command</source>
        <translation>명령 중지 중</translation>
    </message>
    <message>
        <source>Nothing was copied back to the local folder: the remote workspace could not be listed, so what changed is not known.</source>
        <translation>로컬 폴더로 다시 복사한 것이 없습니다: 원격 작업 공간의 목록을 가져올 수 없어 무엇이 바뀌었는지 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareSandbox</name>
    <message>
        <source>The sandbox bridge URL is not set or not valid.</source>
        <translation>샌드박스 브리지 URL이 설정되지 않았거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sandbox id: the bridge&apos;s ids are lower-case letters a–z and digits 2–7.</source>
        <translation>“%1”은(는) 샌드박스 ID가 아닙니다. 브리지의 ID는 영문 소문자 a–z와 숫자 2–7로 이루어집니다.</translation>
    </message>
    <message>
        <source>Creating the remote sandbox</source>
        <translation>원격 샌드박스 만드는 중</translation>
    </message>
    <message>
        <source>Creating the remote sandbox failed: the bridge at %1 did not return a sandbox id.</source>
        <translation>원격 샌드박스를 만들지 못했습니다: %1의 브리지가 샌드박스 ID를 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 읽는 중</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 쓰는 중</translation>
    </message>
    <message>
        <source>%1 is not a directory in the workspace.</source>
        <translation>%1은(는) 작업 공간에 있는 디렉터리가 아닙니다.</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 목록을 가져오는 중</translation>
    </message>
    <message>
        <source>Saving the remote workspace</source>
        <translation>원격 작업 공간 저장 중</translation>
    </message>
    <message>
        <source>Restoring the remote workspace</source>
        <translation>원격 작업 공간 복원 중</translation>
    </message>
    <message>
        <source>Deleting the remote sandbox</source>
        <translation>원격 샌드박스 삭제 중</translation>
    </message>
    <message>
        <source>CPU, memory and disk of the container&apos;s instance type; the wall clock and output limits of each call as set by this app</source>
        <translation>CPU, 메모리, 디스크는 컨테이너 인스턴스 유형에 따르고, 호출별 실행 시간과 출력 한도는 이 앱의 설정을 따릅니다</translation>
    </message>
    <message>
        <source>network egress is whatever the remote side enforces (the Worker&apos;s container settings); this app cannot verify it</source>
        <translation>외부 네트워크 접근은 원격 쪽(Worker의 컨테이너 설정)이 정하며 이 앱은 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>The workspace %1 is too large to upload to the remote sandbox (the bridge takes at most 32 MiB as a tar). Choose a smaller folder.</source>
        <translation>작업 공간 %1이(가) 너무 커서 원격 샌드박스에 올릴 수 없습니다(브리지는 tar로 최대 32MiB까지 받습니다). 더 작은 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be packed for the remote sandbox (tar failed).</source>
        <translation>원격 샌드박스용으로 작업 공간 %1을(를) 묶을 수 없습니다(tar 실패).</translation>
    </message>
    <message>
        <source>Uploading the workspace</source>
        <translation>작업 공간 올리는 중</translation>
    </message>
    <message>
        <source>The workspace could not be packed for the remote sandbox: tar is missing.</source>
        <translation>원격 샌드박스용으로 작업 공간을 묶을 수 없습니다: tar가 없습니다.</translation>
    </message>
    <message>
        <source>The remote sandbox %1 has been deleted; nothing more can run in it.</source>
        <translation>원격 샌드박스 %1이(가) 삭제되어 더 이상 그 안에서 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 was written in the remote sandbox, but not copied back to the local folder.</source>
        <translation>%1은(는) 원격 샌드박스에 기록되었지만 로컬 폴더로 다시 복사되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::CloudflareWriteBack</name>
    <message>
        <source>%1 could not be written to the local folder.</source>
        <translation>%1을(를) 로컬 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a path inside the workspace.</source>
        <translation>“%1”은(는) 작업 공간 안의 경로가 아닙니다.</translation>
    </message>
    <message>
        <source>Nothing was copied back to the local folder: %1.</source>
        <translation>로컬 폴더로 다시 복사한 것이 없습니다: %1.</translation>
    </message>
    <message>
        <source>Not copied back to the local folder: %1.</source>
        <translation>로컬 폴더로 다시 복사하지 못함: %1.</translation>
    </message>
    <message>
        <source>Copying back to the local folder was stopped before it was complete.</source>
        <translation>로컬 폴더로 다시 복사하는 작업이 끝나기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>Links and special files are not copied back: %1.</source>
        <translation>링크와 특수 파일은 다시 복사하지 않습니다: %1.</translation>
    </message>
    <message>
        <source>the remote sandbox reported the path “%1”, which is not inside the workspace</source>
        <translation>원격 샌드박스가 작업 공간 밖의 경로 “%1”을(를) 알려 왔습니다</translation>
    </message>
    <message>
        <source>the remote workspace has too many entries to list in full, so what changed is not known exactly</source>
        <translation>원격 작업 공간의 항목이 너무 많아 전부 나열할 수 없으므로 무엇이 바뀌었는지 정확히 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is %2, more than the file size limit of %3</source>
        <translation>%1의 크기가 %2(으)로 파일 크기 한도 %3보다 큽니다</translation>
    </message>
    <message>
        <source>the changed files total %1, more than the workspace growth limit of %2</source>
        <translation>바뀐 파일이 모두 %1(으)로 작업 공간 증가 한도 %2보다 큽니다</translation>
    </message>
    <message>
        <source>the local folder %1 cannot be opened: %2</source>
        <translation>로컬 폴더 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Copying %1 back from the remote sandbox</source>
        <translation>원격 샌드박스에서 %1을(를) 다시 복사하는 중</translation>
    </message>
    <message>
        <source>%1 (past the workspace growth limit of %2)</source>
        <translation>%1(작업 공간 증가 한도 %2 초과)</translation>
    </message>
</context>
<context>
    <name>Workbench::ConversationView</name>
    <message>
        <source>You</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>도구 호출</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>▾ Thinking (click to fold)</source>
        <translation>▾ 생각(클릭하여 접기)</translation>
    </message>
    <message numerus="yes">
        <source>▸ Thinking, %n word(s) (click to show)</source>
        <translation>
            <numerusform>▸ 생각, %n단어(클릭하여 펼치기)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 · out %2 · cache read %3 · cache write %4</source>
        <translation>입력 %1 · 출력 %2 · 캐시 읽기 %3 · 캐시 쓰기 %4</translation>
    </message>
    <message>
        <source>%1 · $%2</source>
        <translation>%1 · $%2</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>The task, Claude&apos;s replies and its tool calls; select a tool call to show its script and output</source>
        <translation>작업, Claude의 답변과 도구 호출입니다. 도구 호출을 선택하면 해당 스크립트와 출력이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>Let Claude go on from where the answer stopped</source>
        <translation>답변이 멈춘 곳에서 Claude가 이어서 진행하도록 합니다</translation>
    </message>
    <message>
        <source>&amp;Retry this turn</source>
        <translation>이 차례 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Send the failed request again; what arrived before the failure stays shown</source>
        <translation>실패한 요청을 다시 보냅니다. 실패 전에 받은 내용은 그대로 표시됩니다.</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens (%3%)</source>
        <translation>컨텍스트: %2 토큰 중 %1(%3%)</translation>
    </message>
    <message>
        <source>%1 left: %2 of %3</source>
        <translation>%1 남음: %3 중 %2</translation>
    </message>
    <message>
        <source>%1 left: %2</source>
        <translation>%1 남음: %2</translation>
    </message>
    <message>
        <source>%1, resets %2</source>
        <translation>%1, %2에 초기화</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>입력 토큰</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>출력 토큰</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>&amp;Fork from Here…</source>
        <translation>여기서 분기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Rewind Workspace to Before This Call…</source>
        <translation>작업 공간을 이 호출 이전으로 되돌리기(&amp;R)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with this run from its transcript, from the last complete turn</source>
        <translation>대화 기록을 바탕으로 마지막으로 완료된 차례부터 이 실행을 이어 갑니다</translation>
    </message>
</context>
<context>
    <name>Workbench::DesktopIntegration</name>
    <message>
        <source>%1 is waiting for your approval</source>
        <translation>%1에서 승인을 기다리고 있습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <source>Settings saved to %1</source>
        <translation>설정을 %1에 저장했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transcript(s) older than %1 days (Settings → Transcripts).</source>
        <translation>
            <numerusform>%1일보다 오래된 대화 기록 %n개를 삭제했습니다(설정 → 대화 기록).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::ExecutionView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Sandbox boundary</source>
        <translation>샌드박스 경계</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Output of the selected tool call; standard error is shown in the error colour on a tinted background</source>
        <translation>선택한 도구 호출의 출력입니다. 표준 오류는 색조가 있는 배경에 오류 색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>The output of the selected tool call appears here.</source>
        <translation>선택한 도구 호출의 출력이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>No tool call selected</source>
        <translation>선택한 도구 호출 없음</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>아직 출력이 없습니다.</translation>
    </message>
    <message>
        <source>%1 characters elided from the middle</source>
        <translation>가운데에서 %1자 생략됨</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1의 출력</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>결정: %1</translation>
    </message>
    <message>
        <source>Result sent to Claude:
%1</source>
        <translation>Claude에게 보낸 결과:
%1</translation>
    </message>
    <message>
        <source>Sandbox: none — the command ran directly on this machine, without isolation</source>
        <translation>샌드박스: 없음 — 격리 없이 이 컴퓨터에서 명령을 직접 실행했습니다</translation>
    </message>
    <message>
        <source>Sandbox: %1, uid %2 inside, uid %3 on the host</source>
        <translation>샌드박스: %1, 내부 UID %2, 호스트 UID %3</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>샌드박스: %1</translation>
    </message>
    <message>
        <source>namespaces (%1)</source>
        <translation>네임스페이스(%1)</translation>
    </message>
    <message numerus="yes">
        <source>seccomp (%n calls denied)</source>
        <translation>
            <numerusform>seccomp(호출 %n개 거부됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>Landlock ABI %1</source>
        <translation>Landlock ABI %1</translation>
    </message>
    <message>
        <source>Landlock not available</source>
        <translation>Landlock 사용 불가</translation>
    </message>
    <message>
        <source>%1: CPU %2 s, memory %3 MiB, %4 processes, wall %5 s</source>
        <translation>%1: CPU %2초, 메모리 %3 MiB, 프로세스 %4개, 실행 시간 %5초</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>계층: %1</translation>
    </message>
    <message>
        <source>Network: through the app&apos;s filtering proxy; no host allowed yet, others are asked about</source>
        <translation>네트워크: 프로그램의 필터링 프록시를 거칩니다. 아직 허용된 호스트가 없으며, 그 밖의 호스트는 확인을 요청합니다</translation>
    </message>
    <message>
        <source>Network: through the app&apos;s filtering proxy; allowed: %1; others are asked about</source>
        <translation>네트워크: 프로그램의 필터링 프록시를 거칩니다. 허용됨: %1. 그 밖의 호스트는 확인을 요청합니다</translation>
    </message>
    <message>
        <source>Network: off (loopback only)</source>
        <translation>네트워크: 꺼짐(루프백만 허용)</translation>
    </message>
    <message>
        <source>Network: unrestricted</source>
        <translation>네트워크: 제한 없음</translation>
    </message>
    <message>
        <source>Read-only extras: %1</source>
        <translation>추가 읽기 전용 경로: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::FindBar</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>찾을 텍스트</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 일치 항목(Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 일치 항목(Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 표시줄 닫기(Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 표시줄 닫기</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>Workbench::ForkDialog</name>
    <message>
        <source>Fork from Step %1</source>
        <translation>%1단계에서 분기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1단계:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>The branch opens in a new tab with its own transcript and its own copy of the workspace, restored from the checkpoint of this step. The turns before it are not sent again; the parent run is left as it is.</source>
        <translation>분기는 새 탭에서 열리며, 이 단계의 체크포인트에서 복원한 작업 공간 사본과 자체 대화 기록을 가집니다. 그 이전 차례는 다시 보내지 않으며 상위 실행은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Tool result the branch starts from</source>
        <translation>분기가 시작할 도구 결과</translation>
    </message>
    <message>
        <source>Model of the branch</source>
        <translation>분기의 모델</translation>
    </message>
    <message>
        <source>Optional: a message sent to Claude with this result</source>
        <translation>선택 사항: 이 결과와 함께 Claude에게 보낼 메시지</translation>
    </message>
    <message>
        <source>Message to Claude</source>
        <translation>Claude에게 보낼 메시지</translation>
    </message>
    <message>
        <source>&amp;Result Claude sees:</source>
        <translation>Claude가 볼 결과(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>메시지(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Fork</source>
        <translation>분기(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Workbench::InspectedToolCall</name>
    <message>
        <source>Run %1 script (%2 lines)</source>
        <translation>%1 스크립트 실행 (%2줄)</translation>
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
        <translation>입력 %1 · 출력 %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>스트리밍 중</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>차례 %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>차례 %1 · %2</translation>
    </message>
    <message>
        <source>Turn %1, answered by %2</source>
        <translation>차례 %1, 응답: %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>승인 대기 중</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Tokens / result</source>
        <translation>토큰 / 결과</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>Workbench::InspectorView</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none recorded&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;기록 없음&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find in the request body…</source>
        <translation>요청 본문에서 찾기…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>응답 헤더</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>스트리밍 중</translation>
    </message>
    <message>
        <source>&lt;b&gt;Turn %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;차례 %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Time to first token &lt;b&gt;%1&lt;/b&gt; · streaming %2 · &lt;b&gt;%3&lt;/b&gt; · request to answer %4</source>
        <translation>첫 토큰까지 &lt;b&gt;%1&lt;/b&gt; · 스트리밍 %2 · &lt;b&gt;%3&lt;/b&gt; · 요청부터 응답까지 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>초당 %1토큰</translation>
    </message>
    <message>
        <source>tokens/s unknown</source>
        <translation>초당 토큰 수 알 수 없음</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · cache read %3 · cache write %4 · cost &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>입력 %1 · 출력 %2 · 캐시 읽기 %3 · 캐시 쓰기 %4 · 비용 &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n번 시도, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) waiting %1 in all</source>
        <translation>
            <numerusform>재시도 %n번, 총 %1 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;Attempt %1 · HTTP %2 · sent at +%3&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;시도 %1 · HTTP %2 · +%3에 보냄&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>아직 응답 없음</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Request headers (credentials removed)&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;요청 헤더(자격 증명 제거됨)&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retry %1 of %2&lt;/b&gt; after waiting %3: %4 (%5)%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;재시도 %1/%2&lt;/b&gt; (%3 대기 후): %4 (%5)%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · request-id %1</source>
        <translation> · request-id %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No headers recorded.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;기록된 헤더가 없습니다.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · turn %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 차례 %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>아직 실행 안 함</translation>
    </message>
    <message>
        <source>Ended: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>종료: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <source>stopped by the %1 limit</source>
        <translation>%1 한도로 중지됨</translation>
    </message>
    <message>
        <source>took &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>소요 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>approval took %1</source>
        <translation>승인까지 %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>승인 대기 중</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>파일 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>the result went back as an error</source>
        <translation>결과를 오류로 돌려보냄</translation>
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
        <translation>── Claude에게 돌려보낸 내용 ──
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No decision recorded yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;아직 기록된 결정이 없습니다.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1 · %2 mode · decided by %3 · at +%4&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;%1 · %2 모드 · 결정 주체 %3 · +%4&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule &lt;tt&gt;%1&lt;/tt&gt; from %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;규칙 &lt;tt&gt;%1&lt;/tt&gt;(출처: %2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>알 수 없는 출처</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;이유: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Matched as &lt;tt&gt;%1(%2)&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;%1(%2)&lt;/tt&gt;(으)로 대조함&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Risks: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;위험: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The command could not be split with confidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;명령을 확실하게 나눌 수 없었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Edited before approval:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;→ &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;승인 전에 편집됨:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;→ &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Message to Claude: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Claude에게 보낸 메시지: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No checkpoint: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;체크포인트 없음: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing recorded as changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;기록된 변경이 없습니다.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Known once the call has run.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;호출이 실행된 뒤에 알 수 있습니다.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;tt&gt;%1&lt;/tt&gt; (%2 bytes)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;tt&gt;%1&lt;/tt&gt;(%2바이트)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The workspace grew by %1 bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;작업 공간이 %1바이트 늘었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;바뀐 것이 없습니다.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>실행 단계</translation>
    </message>
    <message>
        <source>Select a turn or a tool call (or a bar in the timeline) to see what was sent, what came back and how long it took.</source>
        <translation>차례나 도구 호출(또는 타임라인의 막대)을 선택하면 보낸 내용, 돌아온 내용, 걸린 시간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n line(s) of the transcript could not be read and were skipped.</source>
        <translation>
            <numerusform>&lt;br&gt;대화 기록에서 읽을 수 없는 %n줄을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::JsonBrowser</name>
    <message>
        <source>Find a key or a value…</source>
        <translation>키나 값 찾기…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 일치</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
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
        <translation>승인 대기함</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Describe a task for Claude, then press Enter (each run opens a tab)</source>
        <translation>Claude에게 맡길 작업을 설명한 뒤 Enter 키를 누르십시오(실행마다 탭이 열립니다)</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>권한 모드</translation>
    </message>
    <message>
        <source>Permission mode of the current run, and of new runs</source>
        <translation>현재 실행과 새 실행의 권한 모드</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>실행 전에 확인</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>편집 허용</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>계획만</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>묻지 않음(거부)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>우회(샌드박스는 유지)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close Run Tab</source>
        <translation>실행 탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the Approval &amp;Inbox</source>
        <translation>승인 대기함으로 이동(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Agent Workbench</source>
        <translation>Agent Workbench 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Agent Workbench</source>
        <translation>Agent Workbench 정보</translation>
    </message>
    <message>
        <source>Agent Workbench %1
Watch, control and trust what a Claude agent runs.</source>
        <translation>Agent Workbench %1
Claude 에이전트가 실행하는 작업을 지켜보고, 제어하고, 신뢰할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API 키 없음</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>The run could not start</source>
        <translation>실행을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Claude needs an Anthropic API key. Set ANTHROPIC_API_KEY or enter one under File → Settings → API key. To see the workbench without a key, use File → Run the Demo.</source>
        <translation>Claude를 사용하려면 Anthropic API 키가 필요합니다. ANTHROPIC_API_KEY를 설정하거나 파일 → 설정 → API 키에서 키를 입력하십시오. 키 없이 둘러보려면 파일 → 데모 실행을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>Workbench::Notifier</name>
    <message>
        <source>The run finished</source>
        <translation>실행이 끝났습니다</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>실행이 실패했습니다</translation>
    </message>
    <message>
        <source>Claude is waiting for your approval</source>
        <translation>Claude가 승인을 기다리고 있습니다</translation>
    </message>
</context>
<context>
    <name>Workbench::RemoteSandboxReaper</name>
    <message>
        <source>The remote sandbox %1 at %2 could not be deleted: %3 It stays until the bridge&apos;s idle timeout ends it.</source>
        <translation>%2의 원격 샌드박스 %1을(를) 삭제할 수 없습니다: %3 브리지의 유휴 제한 시간이 지나 종료될 때까지 남아 있습니다.</translation>
    </message>
    <message>
        <source>The remote sandbox %1 at %2 did not answer the delete within %3 s. It stays until the bridge&apos;s idle timeout ends it.</source>
        <translation>%2의 원격 샌드박스 %1이(가) %3초 안에 삭제 요청에 응답하지 않았습니다. 브리지의 유휴 제한 시간이 지나 종료될 때까지 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::RunInspection</name>
    <message>
        <source>Cannot read the transcript %1</source>
        <translation>대화 기록 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The event is not in the transcript any more.</source>
        <translation>이 이벤트가 더 이상 대화 기록에 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 of the transcript cannot be read any more.</source>
        <translation>대화 기록의 %1번째 줄을 더 이상 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>Workbench::RunInspector</name>
    <message>
        <source>Cannot read the transcript %1</source>
        <translation>대화 기록 %1을(를) 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Workbench::RunPage</name>
    <message>
        <source>E&amp;xecute the Plan</source>
        <translation>계획 실행(&amp;X)</translation>
    </message>
    <message>
        <source>Ask Claude to carry out its plan in the current permission mode</source>
        <translation>현재 권한 모드에서 계획을 수행하도록 Claude에게 요청합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were proposed in plan mode. The run is now in %1 mode: execute the plan to let Claude carry it out.</source>
        <translation>
            <numerusform>계획 모드에서 호출 %n개가 제안되었습니다. 실행이 이제 %1 모드입니다. Claude가 계획을 수행하도록 계획을 실행하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan mode: %n call(s) proposed, none run. Switch the permission mode, then execute the plan.</source>
        <translation>
            <numerusform>계획 모드: 호출 %n개가 제안되었고 실행된 것은 없습니다. 권한 모드를 바꾼 뒤 계획을 실행하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were proposed in plan mode.</source>
        <translation>
            <numerusform>계획 모드에서 호출 %n개가 제안되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Waiting for Claude</source>
        <translation>Claude를 기다리는 중</translation>
    </message>
    <message>
        <source>Running a tool call</source>
        <translation>도구 호출 실행 중</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>승인을 기다리는 중</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2 · %3 mode · transcript %4</source>
        <translation>차례 %1 · %2 · %3 모드 · 대화 기록 %4</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 out</source>
        <translation>토큰: 입력 %1 · 출력 %2</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Inspector · Timeline</source>
        <translation>검사기 · 타임라인</translation>
    </message>
    <message>
        <source>Each turn&apos;s request, headers, events, timings and cost; each tool call&apos;s decisions, sandbox and changes; the run as a timeline</source>
        <translation>차례마다 요청, 헤더, 이벤트, 시간, 비용; 도구 호출마다 결정, 샌드박스, 변경; 실행 전체를 타임라인으로</translation>
    </message>
    <message>
        <source>(created at the first call)</source>
        <translation>(첫 호출 때 만들어짐)</translation>
    </message>
    <message>
        <source>Runs remotely in Cloudflare Sandbox %1 via %2 · limits: %3 (%4 s per call) · %5</source>
        <translation>%2을(를) 거쳐 원격 Cloudflare Sandbox %1에서 실행 · 한도: %3(호출당 %4초) · %5</translation>
    </message>
    <message>
        <source>Runs on this computer WITHOUT a sandbox: commands run as you, with your files, keys and network · workspace %1</source>
        <translation>이 컴퓨터에서 샌드박스 없이 실행: 명령이 사용자 권한으로 파일, 키, 네트워크에 접근합니다 · 작업 공간 %1</translation>
    </message>
    <message>
        <source>Runs on this computer in a bubblewrap sandbox · workspace %1 · %2 s per call · %3</source>
        <translation>이 컴퓨터의 bubblewrap 샌드박스에서 실행 · 작업 공간 %1 · 호출당 %2초 · %3</translation>
    </message>
    <message>
        <source>network only through the app&apos;s filtering proxy</source>
        <translation>네트워크는 앱의 필터링 프록시를 통해서만</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>네트워크 없음</translation>
    </message>
    <message>
        <source>Claude ended its turn</source>
        <translation>Claude가 차례를 마침</translation>
    </message>
    <message>
        <source>a stop sequence</source>
        <translation>중지 시퀀스</translation>
    </message>
    <message>
        <source>the output limit was reached</source>
        <translation>출력 한도에 도달함</translation>
    </message>
    <message>
        <source>the turn limit was reached</source>
        <translation>차례 한도에 도달함</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>사용자가 멈춤</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Claude declined</source>
        <translation>Claude가 거절함</translation>
    </message>
    <message>
        <source>paused by the API</source>
        <translation>API가 일시 중지함</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>Workbench::ScriptView</name>
    <message>
        <source>Script</source>
        <translation>스크립트</translation>
    </message>
    <message>
        <source>The script the selected tool call runs, read-only</source>
        <translation>선택한 도구 호출이 실행하는 스크립트(읽기 전용)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>작업 디렉터리: %1</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, 읽기 전용</translation>
    </message>
    <message>
        <source>No script selected</source>
        <translation>선택한 스크립트 없음</translation>
    </message>
</context>
<context>
    <name>Workbench::SessionBrowser</name>
    <message>
        <source>Claude Code Sessions</source>
        <translation>Claude Code 세션</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>프로젝트 폴더(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Other Folder…</source>
        <translation>다른 폴더(&amp;O)…</translation>
    </message>
    <message>
        <source>Claude Code projects and sessions</source>
        <translation>Claude Code 프로젝트와 세션</translation>
    </message>
    <message>
        <source>Projects with their sessions, newest first; Enter opens a session</source>
        <translation>프로젝트와 세션, 최신순. Enter를 누르면 세션이 열립니다</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>읽기 전용으로 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Looking for sessions in %1…</source>
        <translation>%1에서 세션을 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 session(s). Sessions open read-only; nothing here changes them.</source>
        <translation>
            <numerusform>프로젝트 %n개, 세션 %1개. 세션은 읽기 전용으로 열리며 여기서는 아무것도 바꾸지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Claude Code Projects Folder</source>
        <translation>Claude Code 프로젝트 폴더 선택</translation>
    </message>
</context>
<context>
    <name>Workbench::SettingsDialog</name>
    <message>
        <source>Allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>설정 검색</translation>
    </message>
    <message>
        <source>Shows only the pages and fields that match</source>
        <translation>일치하는 페이지와 항목만 표시합니다</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Sandbox and limits</source>
        <translation>샌드박스 및 제한</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Anthropic Messages API</source>
        <translation>Anthropic Messages API</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <source>The model id used for new runs; any id can be typed</source>
        <translation>새 실행에 사용할 모델 ID입니다. 어떤 ID든 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>제공자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>sk-ant-…</source>
        <translation>sk-ant-…</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 키</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>키체인에 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Stored Key</source>
        <translation>저장된 키 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>키(&amp;K):</translation>
    </message>
    <message>
        <source>The key is kept in the desktop keychain (Secret Service or KWallet), never in a settings file, a transcript or the sandbox. When the ANTHROPIC_API_KEY environment variable is set, it wins over the stored key.</source>
        <translation>키는 데스크톱 키체인(Secret Service 또는 KWallet)에 보관되며, 설정 파일이나 대화 기록, 샌드박스에는 절대 저장되지 않습니다. ANTHROPIC_API_KEY 환경 변수가 설정되어 있으면 저장된 키보다 우선합니다.</translation>
    </message>
    <message>
        <source>Bubblewrap sandbox (recommended)</source>
        <translation>bubblewrap 샌드박스(권장)</translation>
    </message>
    <message>
        <source>No sandbox</source>
        <translation>샌드박스 없음</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Without a sandbox, scripts run as you, with your files, keys and network.</source>
        <translation>샌드박스가 없으면 스크립트가 사용자 권한으로 실행되어 사용자의 파일, 키, 네트워크에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Time limit per call</source>
        <translation>호출당 시간 제한</translation>
    </message>
    <message>
        <source>CPU time limit</source>
        <translation>CPU 시간 제한</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>메모리 제한</translation>
    </message>
    <message>
        <source>Process limit</source>
        <translation>프로세스 제한</translation>
    </message>
    <message>
        <source>Output cap</source>
        <translation>출력 상한</translation>
    </message>
    <message>
        <source>&amp;Sandbox:</source>
        <translation>샌드박스(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Time limit per call:</source>
        <translation>호출당 시간 제한(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;CPU time:</source>
        <translation>CPU 시간(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Memory (address space):</source>
        <translation>메모리(주소 공간)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Processes:</source>
        <translation>프로세스(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Output cap:</source>
        <translation>출력 상한(&amp;O):</translation>
    </message>
    <message>
        <source>Limits apply to each new run. When a limit stops a command, its output says which.</source>
        <translation>제한은 새로 시작하는 실행마다 적용됩니다. 제한 때문에 명령이 중지되면 출력에 어떤 제한인지 표시됩니다.</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>권한 모드</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>실행 전에 확인</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>편집 허용</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>계획만</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>묻지 않음(거부)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>우회(샌드박스는 유지)</translation>
    </message>
    <message>
        <source>Permission &amp;mode:</source>
        <translation>권한 모드(&amp;M):</translation>
    </message>
    <message>
        <source>Remembered &amp;rules:</source>
        <translation>기억한 규칙(&amp;R):</translation>
    </message>
    <message>
        <source>Remembered rules</source>
        <translation>기억한 규칙</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Rule kind</source>
        <translation>규칙 종류</translation>
    </message>
    <message>
        <source>Bash(npm run test:*)</source>
        <translation>Bash(npm run test:*)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import from Claude Code…</source>
        <translation>Claude Code에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Deny rules hold in every mode; ask rules come next, then allow rules. Rules use Claude Code&apos;s syntax.</source>
        <translation>거부 규칙은 모든 모드에서 적용되며, 그다음 확인 규칙, 그다음 허용 규칙 순으로 적용됩니다. 규칙은 Claude Code의 문법을 따릅니다.</translation>
    </message>
    <message>
        <source>Import rules from a Claude Code settings file</source>
        <translation>Claude Code 설정 파일에서 규칙 가져오기</translation>
    </message>
    <message>
        <source>Settings (*.json)</source>
        <translation>설정(*.json)</translation>
    </message>
    <message>
        <source>Allow &amp;network access from the sandbox</source>
        <translation>샌드박스의 네트워크 접근 허용(&amp;N)</translation>
    </message>
    <message>
        <source>Allowed &amp;domains (one per line):</source>
        <translation>허용할 도메인(&amp;D)(한 줄에 하나씩):</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>허용할 도메인</translation>
    </message>
    <message>
        <source>pypi.org
*.github.com</source>
        <translation>pypi.org
*.github.com</translation>
    </message>
    <message>
        <source>Off by default: scripts see only their own loopback. When network access is on, only the listed domains can be reached.</source>
        <translation>기본값은 꺼짐입니다. 스크립트는 자신의 루프백만 볼 수 있습니다. 네트워크 접근을 켜면 목록에 있는 도메인에만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Price &amp;table file:</source>
        <translation>가격표 파일(&amp;T):</translation>
    </message>
    <message>
        <source>Built-in prices, or %1 when it exists</source>
        <translation>기본 제공 가격 또는 %1(있는 경우)</translation>
    </message>
    <message>
        <source>Price table file</source>
        <translation>가격표 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Open the Price Table</source>
        <translation>가격표 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the table in your editor; without a file of your own, a copy of the built-in table is made first.</source>
        <translation>편집기에서 가격표를 엽니다. 사용자 파일이 없으면 먼저 기본 제공 가격표의 사본을 만듭니다.</translation>
    </message>
    <message>
        <source>Prices are in US dollars per million tokens. A model that matches no entry shows no cost rather than a guess.</source>
        <translation>가격은 100만 토큰당 미국 달러입니다. 일치하는 항목이 없는 모델은 추정치 대신 비용을 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a price table</source>
        <translation>가격표 선택</translation>
    </message>
    <message>
        <source>Price tables (*.json)</source>
        <translation>가격표(*.json)</translation>
    </message>
    <message>
        <source>Transcript folder</source>
        <translation>대화 기록 폴더</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Keep until I delete them</source>
        <translation>직접 삭제할 때까지 보관</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Keep transcripts for</source>
        <translation>대화 기록 보관 기간</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>보관 기간(&amp;K):</translation>
    </message>
    <message>
        <source>Every run writes a transcript: the requests, the streamed answers, each tool call and its output. It never contains the API key.</source>
        <translation>모든 실행은 요청, 스트리밍된 답변, 각 도구 호출과 그 출력을 대화 기록으로 남깁니다. API 키는 절대 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Choose the transcript folder</source>
        <translation>대화 기록 폴더 선택</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>시스템 글꼴 사용(&amp;S)</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>시스템 크기</translation>
    </message>
    <message>
        <source> pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>글꼴(&amp;F):</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>글꼴 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>바뀐 언어는 프로그램을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Some stored settings are invalid and are not used; the defaults apply until you save new values (%1):
%2</source>
        <translation>저장된 설정 일부가 올바르지 않아 사용되지 않습니다. 새 값을 저장하기 전까지 기본값이 적용됩니다(%1):
%2</translation>
    </message>
    <message>
        <source>The font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>The key comes from the ANTHROPIC_API_KEY environment variable, which wins over a key stored in the keychain. Unset it to use a stored key.</source>
        <translation>키를 ANTHROPIC_API_KEY 환경 변수에서 가져옵니다. 이 변수는 키체인에 저장된 키보다 우선합니다. 저장된 키를 사용하려면 이 변수를 해제하십시오.</translation>
    </message>
    <message>
        <source>A key is stored in the desktop keychain. Enter a new one to replace it.</source>
        <translation>데스크톱 키체인에 키가 저장되어 있습니다. 바꾸려면 새 키를 입력하십시오.</translation>
    </message>
    <message>
        <source>No key is set. Enter your Anthropic API key to start runs with Claude.</source>
        <translation>설정된 키가 없습니다. Claude로 실행을 시작하려면 Anthropic API 키를 입력하십시오.</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new rule(s) from %1.</source>
        <translation>
            <numerusform>%1에서 새 규칙 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the built-in price table could not be written to %1.</source>
        <translation>기본 제공 가격표의 사본을 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Some settings could not be saved:
%1</source>
        <translation>일부 설정을 저장할 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, vLLM)</source>
        <translation>OpenAI 호환 서버(Ollama, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Where the OpenAI-compatible server listens</source>
        <translation>OpenAI 호환 서버가 대기하는 주소</translation>
    </message>
    <message>
        <source>The list shows the models the app knows; with an API key it shows the models your key can use. Any model id can be typed.</source>
        <translation>목록에는 앱이 아는 모델이 나오고, API 키가 있으면 그 키로 쓸 수 있는 모델이 나옵니다. 모델 ID는 직접 입력할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>context window %L1 tokens</source>
        <translation>컨텍스트 창 %L1토큰</translation>
    </message>
    <message>
        <source>output up to %L1 tokens</source>
        <translation>출력 최대 %L1토큰</translation>
    </message>
    <message>
        <source>The API gives no limits for this model.</source>
        <translation>API가 이 모델의 한도를 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>From the API: %1.</source>
        <translation>API 정보: %1.</translation>
    </message>
    <message>
        <source>From the capability table: context window %L1 tokens, output up to %L2 tokens.</source>
        <translation>기능 표 정보: 컨텍스트 창 %L1토큰, 출력 최대 %L2토큰.</translation>
    </message>
    <message>
        <source>Loading the models your key can use…</source>
        <translation>키로 쓸 수 있는 모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>The model list could not be loaded from the API (%1); it shows the models the app knows instead. Any model id can be typed.</source>
        <translation>API에서 모델 목록을 불러오지 못해(%1) 앱이 아는 모델을 대신 보여 줍니다. 모델 ID는 직접 입력할 수도 있습니다.</translation>
    </message>
    <message>
        <source>The API listed no models for this key; the list shows the models the app knows instead.</source>
        <translation>API가 이 키에 쓸 수 있는 모델을 알려 주지 않아 앱이 아는 모델을 대신 보여 줍니다.</translation>
    </message>
    <message>
        <source>The models your key can use, from the API. Any model id can be typed.</source>
        <translation>API가 알려 준, 키로 쓸 수 있는 모델입니다. 모델 ID는 직접 입력할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox(원격)</translation>
    </message>
    <message>
        <source>Offer “No sandbox” in the new-run form</source>
        <translation>새 실행 양식에 “샌드박스 없음” 표시</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://localhost:11434/v1 (Ollama).</source>
        <translation>서버 주소를 입력하십시오. 예: http://localhost:11434/v1(Ollama)</translation>
    </message>
    <message>
        <source>E&amp;xtra read-only folders:</source>
        <translation>추가 읽기 전용 폴더(&amp;X):</translation>
    </message>
    <message>
        <source>Extra read-only folders</source>
        <translation>추가 읽기 전용 폴더</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>추가(&amp;D)…</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>편집(&amp;I)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>제거(&amp;V)</translation>
    </message>
    <message>
        <source>Bubblewrap runs see these host folders at the same path, read-only (a toolchain under /opt, say). Your home folder, the app&apos;s own settings and the sandbox&apos;s own places cannot be listed.</source>
        <translation>Bubblewrap 실행은 이 호스트 폴더를 같은 경로에서 읽기 전용으로 봅니다(예: /opt 아래의 툴체인). 홈 폴더, 앱 자체 설정, 샌드박스가 직접 쓰는 위치는 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a folder the sandbox may read</source>
        <translation>샌드박스가 읽을 수 있는 폴더를 선택하십시오</translation>
    </message>
    <message>
        <source>Bound as %1 (links resolved).</source>
        <translation>%1(으)로 연결됨(링크 해석됨).</translation>
    </message>
    <message>
        <source>Hold each run in a c&amp;group of its own where the system allows it</source>
        <translation>시스템이 허용하면 각 실행을 전용 cgroup에 둡니다(&amp;G)</translation>
    </message>
    <message>
        <source>Limits the run&apos;s memory and processes as a whole, not only per process. Joining a cgroup adds about 10 ms to each command.</source>
        <translation>실행의 메모리와 프로세스를 프로세스별이 아니라 전체로 제한합니다. cgroup에 들어가는 데 명령마다 약 10ms가 더 걸립니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>동작 또는 키 검색</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>단축키 검색</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
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
        <translation>%1ms</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 시각</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
</context>
<context>
    <name>Workbench::TerminalPane</name>
    <message>
        <source>Re&amp;connect</source>
        <translation>다시 연결(&amp;C)</translation>
    </message>
    <message>
        <source>A shell in sandbox %1, for you only: Claude does not see this terminal.</source>
        <translation>샌드박스 %1의 셸로, 사용자 전용입니다. Claude는 이 터미널을 보지 못합니다.</translation>
    </message>
    <message>
        <source>The terminal connects when you open this tab.</source>
        <translation>이 탭을 열면 터미널이 연결됩니다.</translation>
    </message>
    <message>
        <source>Creating the remote sandbox at %1…</source>
        <translation>%1에 원격 샌드박스를 만드는 중…</translation>
    </message>
    <message>
        <source>Connecting to sandbox %1…</source>
        <translation>샌드박스 %1에 연결하는 중…</translation>
    </message>
    <message>
        <source>The terminal is closed.</source>
        <translation>터미널이 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::TerminalView</name>
    <message>
        <source>Sandbox terminal</source>
        <translation>샌드박스 터미널</translation>
    </message>
    <message>
        <source>The shell exited (status %1).</source>
        <translation>셸이 종료되었습니다(상태 %1).</translation>
    </message>
    <message>
        <source>The terminal reported an error: %1</source>
        <translation>터미널에서 오류를 보고했습니다: %1</translation>
    </message>
    <message>
        <source>The terminal connection closed.</source>
        <translation>터미널 연결이 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::TimelineModel</name>
    <message>
        <source>Turn %1</source>
        <translation>차례 %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>차례 %1 · %2</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>첫 토큰까지: %1</translation>
    </message>
    <message>
        <source>Output: %1 tokens at %2 tokens/s</source>
        <translation>출력: %1토큰, 초당 %2토큰</translation>
    </message>
    <message>
        <source>Output: %1 tokens</source>
        <translation>출력: %1토큰</translation>
    </message>
    <message>
        <source>Input: %1 · cache read %2 · cache write %3</source>
        <translation>입력: %1 · 캐시 읽기 %2 · 캐시 쓰기 %3</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>비용: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s), %1 waited</source>
        <translation>
            <numerusform>재시도 %n번, %1 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Still streaming</source>
        <translation>아직 스트리밍 중</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>재시도 %1</translation>
    </message>
    <message>
        <source>Turn %1: attempt %2 of %3 after waiting %4
Why: %5</source>
        <translation>차례 %1: %4 대기 후 시도 %2/%3
이유: %5</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Waiting for approval: %1
%2</source>
        <translation>승인 대기: %1
%2</translation>
    </message>
    <message>
        <source>Approval took %1: %2 by %3
%4</source>
        <translation>승인까지 %1: %3이(가) %2
%4</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>%1째 실행 중</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>%1 만에 완료</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n file(s)</source>
        <translation>
            <numerusform>파일 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens (cache read %3, write %4)</source>
        <translation>입력 %1 / 출력 %2토큰(캐시 읽기 %3, 쓰기 %4)</translation>
    </message>
    <message>
        <source>%1 (Claude %2, tools %3, approvals %4, retries %5)</source>
        <translation>%1(Claude %2, 도구 %3, 승인 %4, 재시도 %5)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n차례</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool call(s)</source>
        <translation>
            <numerusform>도구 호출 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Unfinished: the transcript ends while this answer was arriving</source>
        <translation>미완료: 이 답변을 받는 도중에 대화 기록이 끝납니다</translation>
    </message>
    <message>
        <source>Unfinished: asked for approval, and the transcript ends %1 later without an answer
%2</source>
        <translation>미완료: 승인을 요청했고, 응답 없이 %1 뒤에 대화 기록이 끝납니다
%2</translation>
    </message>
    <message>
        <source>Unfinished: no end was recorded; the transcript ends %1 after it started</source>
        <translation>미완료: 종료가 기록되지 않았으며, 시작 %1 뒤에 대화 기록이 끝납니다</translation>
    </message>
</context>
<context>
    <name>Workbench::TimelineView</name>
    <message>
        <source>Timeline of the run</source>
        <translation>실행 타임라인</translation>
    </message>
    <message>
        <source>Claude&apos;s turns, tool calls and waits on a time axis. Wheel or plus and minus zoom, zero fits the run, left and right arrows step through the bars.</source>
        <translation>Claude의 차례, 도구 호출, 대기를 시간 축에 표시합니다. 휠이나 더하기/빼기로 확대·축소하고, 0은 실행 전체를 맞추며, 왼쪽·오른쪽 화살표로 막대를 하나씩 이동합니다.</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>아직 아무 일도 없었습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::ToolCallModel</name>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>승인 대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>%1 mode would %2: %3</source>
        <translation>%1 모드의 판정: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>위험 분류기</translation>
    </message>
    <message>
        <source>headless</source>
        <translation>대화 불가(헤드리스)</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>승인 게이트</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>%1 by rule %2</source>
        <translation>%1(규칙 %2)</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, 결정 주체: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — risky: %2</source>
        <translation>%1 — 위험: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <translation>대화 기록: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Continue this run in a new tab: the conversation and workspace come back</source>
        <translation>새 탭에서 이 실행을 이어 갑니다. 대화와 작업 공간이 되살아납니다</translation>
    </message>
    <message>
        <source>&amp;Fork from This Call…</source>
        <translation>이 호출에서 분기(&amp;F)…</translation>
    </message>
    <message>
        <source>Start a new branch at the selected tool call, with an edited result or model</source>
        <translation>선택한 도구 호출에서 결과나 모델을 바꿔 새 분기를 시작합니다</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>대화 기록 열기</translation>
    </message>
    <message>
        <source>Transcripts (*.jsonl);;All files (*)</source>
        <translation>대화 기록 (*.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Continue with a Follow-&amp;up…</source>
        <translation>후속 메시지로 계속(&amp;U)…</translation>
    </message>
    <message>
        <source>Send Claude another message and let this run go on in a new tab</source>
        <translation>Claude에게 메시지를 하나 더 보내고 이 실행을 새 탭에서 이어 갑니다</translation>
    </message>
</context>
<context>
    <name>Workbench::TranscriptPage</name>
    <message>
        <source>duration unknown</source>
        <translation>소요 시간 알 수 없음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>불러오는 중… %1%</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Message tree</source>
        <translation>메시지 트리</translation>
    </message>
    <message>
        <source>Every message of the session as a tree: other branches and sub-agents are nested</source>
        <translation>세션의 모든 메시지를 트리로 보여 줍니다. 다른 분기와 하위 에이전트는 안쪽에 들어갑니다</translation>
    </message>
    <message>
        <source>Show &amp;This Branch</source>
        <translation>이 분기 보기(&amp;T)</translation>
    </message>
    <message>
        <source>Show the conversation along the selected message&apos;s branch</source>
        <translation>선택한 메시지의 분기를 따라 대화를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Active Branch</source>
        <translation>활성 분기(&amp;A)</translation>
    </message>
    <message>
        <source>Show the branch that ends at the latest message again</source>
        <translation>가장 최근 메시지에서 끝나는 분기를 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>Select a message to see its line as written</source>
        <translation>메시지를 선택하면 기록된 그대로의 줄을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Raw JSON of the selected line</source>
        <translation>선택한 줄의 원본 JSON</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (hover to see all)</source>
        <translation>
            <numerusform>… 외 %n개(마우스를 올리면 모두 보임)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped:
%1</source>
        <translation>
            <numerusform>%n줄 건너뜀:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only transcript</source>
        <translation>읽기 전용 대화 기록</translation>
    </message>
    <message>
        <source>No transcript opened.</source>
        <translation>열린 대화 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Read-only Claude Code session</source>
        <translation>읽기 전용 Claude Code 세션</translation>
    </message>
    <message>
        <source>Could not open the session: %1</source>
        <translation>세션을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>세션을 읽는 중…</translation>
    </message>
    <message>
        <source>showing the active branch (ending at the latest message)</source>
        <translation>활성 분기 표시 중(가장 최근 메시지에서 끝남)</translation>
    </message>
    <message>
        <source>showing another branch (Active Branch goes back)</source>
        <translation>다른 분기 표시 중([활성 분기]로 돌아감)</translation>
    </message>
    <message>
        <source>Claude Code %1 · project %2 · last activity %3 · %4</source>
        <translation>Claude Code %1 · 프로젝트 %2 · 마지막 활동 %3 · %4</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(버전 알 수 없음)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 user and %2 assistant messages · %3 tool calls · %4 sub-agent lines · %5 compactions · tokens %6 in, %7 out, %8 cache read · %9 · %10</source>
        <translation>사용자 메시지 %1개, 어시스턴트 메시지 %2개 · 도구 호출 %3개 · 하위 에이전트 줄 %4개 · 압축 %5번 · 토큰 입력 %6, 출력 %7, 캐시 읽기 %8 · %9 · %10</translation>
    </message>
    <message>
        <source>Could not open the transcript: %1</source>
        <translation>대화 기록을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the transcript…</source>
        <translation>대화 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>Interrupted: the run never finished (the app was closed, killed or lost power while it ran, or it is still running). Everything up to the last complete event is shown.</source>
        <translation>중단됨: 실행이 끝나지 않았습니다(실행 중에 앱이 닫히거나 강제 종료되었거나 전원이 나갔거나, 아직 실행 중입니다). 마지막으로 완전히 기록된 이벤트까지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Finished: Claude ended its turn (%1).</source>
        <translation>완료: Claude가 차례를 마쳤습니다(%1).</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>사용자가 멈췄습니다.</translation>
    </message>
    <message>
        <source>Ended: %1 — %2</source>
        <translation>종료: %1 — %2</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message numerus="yes">
        <source>Model %1 · %n turn(s) · %2 tool calls (%3 denied) · tokens %4 in, %5 out, %6 cache read · %7 · %8</source>
        <translation>
            <numerusform>모델 %1 · %n차례 · 도구 호출 %2개(거부 %3개) · 토큰 입력 %4, 출력 %5, 캐시 읽기 %6 · %7 · %8</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 out</source>
        <translation>토큰: 입력 %1 · 출력 %2</translation>
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
        <translation>Claude에게 작업을 맡기고 작업 과정을 지켜보십시오. 대화, Claude가 작성하는 각 스크립트, 그리고 샌드박스에서 나온 그 스크립트의 출력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Run the &amp;Demo</source>
        <translation>데모 실행(&amp;D)</translation>
    </message>
    <message>
        <source>Replays a recorded run; its scripts really run in the sandbox</source>
        <translation>녹화된 실행을 재생합니다. 스크립트는 실제로 샌드박스에서 실행됩니다</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>설정 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>To see the workbench without a key, run the bundled demo: a recorded conversation whose scripts really run in the sandbox.</source>
        <translation>키 없이 둘러보려면 기본 제공 데모를 실행하십시오. 녹화된 대화이며, 그 스크립트는 실제로 샌드박스에서 실행됩니다.</translation>
    </message>
    <message>
        <source>To work with Claude, enter your Anthropic API key in Settings. It is kept in your desktop keychain, never in a file, a transcript or the sandbox. If the ANTHROPIC_API_KEY environment variable is set, it is used instead of a stored key.</source>
        <translation>Claude와 작업하려면 설정에서 Anthropic API 키를 입력하십시오. 키는 데스크톱 키체인에 보관되며 파일, 대화 기록, 샌드박스에는 절대 저장되지 않습니다. ANTHROPIC_API_KEY 환경 변수가 설정되어 있으면 저장된 키 대신 그 값을 사용합니다.</translation>
    </message>
    <message>
        <source>Describe a task for Claude. Ctrl+Enter starts the run.</source>
        <translation>Claude에게 맡길 작업을 설명하십시오. Ctrl+Enter를 누르면 실행이 시작됩니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>A fresh, empty folder</source>
        <translation>새로 만든 빈 폴더</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>작업 공간 폴더</translation>
    </message>
    <message>
        <source>The only folder the agent can write; empty for a fresh one</source>
        <translation>에이전트가 쓸 수 있는 유일한 폴더입니다. 비워 두면 새 폴더를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>작업 공간 폴더 선택</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>권한 모드</translation>
    </message>
    <message>
        <source>Ask before running</source>
        <translation>실행 전에 확인</translation>
    </message>
    <message>
        <source>Accept edits</source>
        <translation>편집 허용</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>계획만</translation>
    </message>
    <message>
        <source>Don&apos;t ask (deny)</source>
        <translation>묻지 않음(거부)</translation>
    </message>
    <message>
        <source>Bypass (still sandboxed)</source>
        <translation>우회(샌드박스는 유지)</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>실행 시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>작업(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>작업 공간(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>권한(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recent runs</source>
        <translation>최근 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>최근 실행</translation>
    </message>
    <message>
        <source>Transcripts of earlier runs, newest first; Enter opens one</source>
        <translation>이전 실행의 대화 기록입니다(최신순). Enter 키를 누르면 엽니다</translation>
    </message>
    <message>
        <source>No runs yet. Each run&apos;s transcript will be listed here.</source>
        <translation>아직 실행 기록이 없습니다. 각 실행의 대화 기록이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Open Transcript</source>
        <translation>대화 기록 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Using the key from the ANTHROPIC_API_KEY environment variable.</source>
        <translation>ANTHROPIC_API_KEY 환경 변수의 키를 사용합니다.</translation>
    </message>
    <message>
        <source>Using the key stored in your desktop keychain (Settings → API key).</source>
        <translation>데스크톱 키체인에 저장된 키를 사용합니다(설정 → API 키).</translation>
    </message>
    <message>
        <source>Use a full path (starting with /) for the workspace.</source>
        <translation>작업 공간은 전체 경로(/로 시작)로 지정하십시오.</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>%1에 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Where to run</source>
        <translation>실행 위치</translation>
    </message>
    <message>
        <source>Where the agent&apos;s commands run for this run</source>
        <translation>이번 실행에서 에이전트의 명령이 실행될 곳</translation>
    </message>
    <message>
        <source>Allow &amp;network for this run</source>
        <translation>이 실행에 네트워크 허용(&amp;N)</translation>
    </message>
    <message>
        <source>Allowed domains, e.g. pypi.org, *.github.com</source>
        <translation>허용할 도메인(예: pypi.org, *.github.com)</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>허용된 도메인</translation>
    </message>
    <message>
        <source>Hosts scripts may reach through the app&apos;s proxy; others are asked about</source>
        <translation>스크립트가 앱의 프록시를 통해 접근할 수 있는 호스트. 그 밖의 호스트는 확인을 요청합니다</translation>
    </message>
    <message>
        <source>W&amp;here to run:</source>
        <translation>실행 위치(&amp;H):</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <source>This computer — bubblewrap sandbox</source>
        <translation>이 컴퓨터 — bubblewrap 샌드박스</translation>
    </message>
    <message>
        <source>Cloudflare Sandbox (remote)</source>
        <translation>Cloudflare Sandbox(원격)</translation>
    </message>
    <message>
        <source>No sandbox (scripts run as you)</source>
        <translation>샌드박스 없음(스크립트가 사용자 권한으로 실행)</translation>
    </message>
    <message>
        <source>Commands run on this computer in a bubblewrap sandbox, with no network.</source>
        <translation>명령은 이 컴퓨터의 bubblewrap 샌드박스에서 네트워크 없이 실행됩니다.</translation>
    </message>
    <message>
        <source>Commands run in bubblewrap and reach the network only through the app&apos;s proxy; you are asked about every host.</source>
        <translation>명령은 bubblewrap에서 실행되며 앱의 프록시를 통해서만 네트워크에 접근합니다. 호스트마다 확인을 요청합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Commands run in bubblewrap and reach the network only through the app&apos;s proxy: %n listed domain(s) are allowed, you are asked about any other host.</source>
        <translation>
            <numerusform>명령은 bubblewrap에서 실행되며 앱의 프록시를 통해서만 네트워크에 접근합니다. 목록의 도메인 %n개는 허용되고, 그 밖의 호스트는 확인을 요청합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sandbox bridge is set up: enter its URL under Settings → Sandbox, or set SANDBOX_BRIDGE_URL.</source>
        <translation>샌드박스 브리지가 설정되지 않았습니다. 설정 → 샌드박스에서 URL을 입력하거나 SANDBOX_BRIDGE_URL을 설정하십시오.</translation>
    </message>
    <message>
        <source>Commands run in a Cloudflare Sandbox through the bridge at %1. Network egress is whatever the remote side enforces; this app cannot verify it.</source>
        <translation>명령은 %1의 브리지를 거쳐 Cloudflare Sandbox에서 실행됩니다. 외부 네트워크 접근은 원격 쪽이 정하며 이 앱은 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Without a sandbox, commands run as you, with your files, keys and network.</source>
        <translation>샌드박스가 없으면 명령이 사용자 권한으로 파일, 키, 네트워크에 접근합니다.</translation>
    </message>
</context>
</TS>
