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
        <source>The sandbox must be “local” (bubblewrap) or “none”.</source>
        <translation>샌드박스는 “local”(bubblewrap) 또는 “none”이어야 합니다.</translation>
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
</context>
<context>
    <name>Workbench::DesktopIntegration</name>
    <message>
        <source>Transcript: %1 (agent-workbench transcript show %1)</source>
        <translation>대화 기록: %1(agent-workbench transcript show %1)</translation>
    </message>
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
        <source>The list shows the models of the price table; type any model id your key can use.</source>
        <translation>목록에는 가격표에 있는 모델이 표시됩니다. 키로 사용할 수 있는 모델 ID라면 무엇이든 입력할 수 있습니다.</translation>
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
</context>
</TS>
