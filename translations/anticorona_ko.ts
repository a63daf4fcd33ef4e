<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiServer</name>
    <message>
        <source>This request needs a bearer token.</source>
        <translation>이 요청에는 베어러 토큰이 필요합니다.</translation>
    </message>
    <message>
        <source>The token is not valid.</source>
        <translation>토큰이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This device was revoked; enroll it again to sync.</source>
        <translation>이 기기는 등록이 취소되었습니다. 동기화하려면 다시 등록하십시오.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>요청 본문이 제한(%1바이트)보다 큽니다.</translation>
    </message>
    <message>
        <source>There is no resource %1.</source>
        <translation>리소스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not accept this method; it accepts %2.</source>
        <translation>%1은(는) 이 메서드를 받지 않습니다. 허용되는 메서드: %2.</translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>서버가 바쁩니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server could not store or read data.</source>
        <translation>서버가 데이터를 저장하거나 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>그런 리소스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>booked</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>접종 완료</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>010-1234-5678</source>
        <translation>010-1234-5678</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>백신(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>생년월일(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>예약 일시(&amp;A):</translation>
    </message>
    <message>
        <source>The vaccines could not be read: %1</source>
        <translation>백신 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n available)</source>
        <translation><numerusform>%1 (예약 가능 %n)</numerusform></translation>
    </message>
    <message>
        <source>Register a vaccine and receive stock before booking.</source>
        <translation>예약하기 전에 백신을 등록하고 재고를 입고하십시오.</translation>
    </message>
    <message>
        <source>The booking could not be saved: %1</source>
        <translation>예약을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>예약 일시</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>The database %1 failed: %2</source>
        <translation>데이터베이스 %1 오류: %2</translation>
    </message>
    <message>
        <source>anticorona-cli: %1</source>
        <translation>anticorona-cli: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run anticorona-cli --help for the commands.
</source>
        <translation>명령 목록은 anticorona-cli --help 로 확인하십시오.
</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation>명령이 없습니다.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>예상하지 못한 인수 "%1".</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>옵션 %1에는 값을 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>The command "%1" has no option %2.</source>
        <translation>명령 "%1"에는 옵션 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>알 수 없는 옵션 %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>옵션 %1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>옵션 %1이(가) 두 번 주어졌습니다.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>알 수 없는 명령 "%1".</translation>
    </message>
    <message>
        <source>The option %1 FILE is required.</source>
        <translation>옵션 %1 FILE이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>The argument %1 is missing.</source>
        <translation>인수 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>옵션 %1이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>The value of %1 must be a whole number, not "%2".</source>
        <translation>%1의 값은 "%2"이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Give at most one of %1.</source>
        <translation>%1 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Usage: anticorona-cli --database FILE [--json] COMMAND [ARGUMENTS] [OPTIONS]

Commands:
</source>
        <translation>사용법: anticorona-cli --database FILE [--json] 명령 [인수] [옵션]

명령:
</translation>
    </message>
    <message>
        <source>
Global options:
  --database FILE  the desk's database; the writing commands and demo create it when
                   missing, bookings, stock and verify need it to exist
  --json           print exactly one JSON object on stdout
  --help           print this help

Dates are YYYY-MM-DD; appointments YYYY-MM-DDTHH:MM in the clinic's local time.

Exit codes:
  0  done
  1  refused by a rule, or verify found a problem; stderr says why
  2  usage error
  3  database error: missing, damaged, locked, read-only or from a newer version
</source>
        <translation>
공통 옵션:
  --database FILE  창구 데이터베이스. 쓰기 명령과 demo는 파일이 없으면 만들고,
                   bookings, stock, verify는 파일이 있어야 합니다
  --json           표준 출력에 JSON 객체 하나만 출력
  --help           이 도움말 출력

날짜는 YYYY-MM-DD, 예약 일시는 접종소 현지 시각으로 YYYY-MM-DDTHH:MM 입니다.

종료 코드:
  0  완료
  1  규칙에 따라 거부되었거나 verify가 문제를 찾음 (이유는 표준 오류에)
  2  사용법 오류
  3  데이터베이스 오류: 없음, 손상, 잠김, 읽기 전용, 더 새로운 버전
</translation>
    </message>
    <message>
        <source>Usage: anticorona-cli --database FILE [--json] %1
  %2
</source>
        <translation>사용법: anticorona-cli --database FILE [--json] %1
  %2
</translation>
    </message>
</context>
<context>
    <name>CommandSpec</name>
    <message>
        <source>Registers a vaccine; prints its id.</source>
        <translation>백신을 등록하고 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>Receives a lot of doses into stock.</source>
        <translation>로트 단위로 재고를 입고합니다.</translation>
    </message>
    <message>
        <source>Writes off wasted or expired doses (at most the available ones).</source>
        <translation>손상되었거나 유효기간이 지난 수량을 폐기합니다 (예약 가능 수량 이내).</translation>
    </message>
    <message>
        <source>Books a vaccination; prints the booking code.</source>
        <translation>접종을 예약하고 예약 코드를 출력합니다.</translation>
    </message>
    <message>
        <source>Cancels a booked booking.</source>
        <translation>예약됨 상태의 예약을 취소합니다.</translation>
    </message>
    <message>
        <source>Records the injection of a booked booking; prints the lot used
(default: the earliest unexpired lot with doses left).</source>
        <translation>예약된 접종을 완료로 기록하고 사용한 로트를 출력합니다
(기본값: 수량이 남은 로트 중 유효기간이 가장 이른 것).</translation>
    </message>
    <message>
        <source>Lists the bookings whose phone, name or code starts with the text
(at most 100; without a filter, any 100).</source>
        <translation>전화번호, 이름 또는 예약 코드가 주어진 글자로 시작하는 예약을 보여 줍니다
(최대 100건, 조건이 없으면 최근 100건).</translation>
    </message>
    <message>
        <source>Shows per vaccine the doses on hand, booked and available.</source>
        <translation>백신별 재고, 예약 수, 예약 가능 수량을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Checks the database: integrity, booked &lt;= on hand, counters and
outbox. Exits 1 and lists the problems when one does not hold.</source>
        <translation>데이터베이스를 검사합니다: 무결성, 예약 수 &lt;= 재고, 카운터와
아웃박스. 하나라도 맞지 않으면 문제를 나열하고 1로 종료합니다.</translation>
    </message>
    <message>
        <source>Fills the database with a demo clinic of N bookings; progress
goes to stderr.</source>
        <translation>예약 N건이 있는 데모 접종소를 만듭니다. 진행 상황은
표준 오류에 출력됩니다.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>데이터베이스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; try again in a moment.</source>
        <translation>데이터베이스 %1을(를) 다른 프로그램이 잠그고 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it is shorter than its header says.</source>
        <translation>데이터베이스 %1이(가) 잘려 있습니다: 헤더에 기록된 크기보다 짧습니다.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>데이터베이스 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only: %2 needs to write to the file and its folder.</source>
        <translation>데이터베이스 %1은(는) 읽기 전용입니다: %2은(는) 파일과 그 폴더에 쓸 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not an %2 database, or it is damaged (%3).</source>
        <translation>%1은(는) %2 데이터베이스가 아니거나 손상되었습니다 (%3).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of %4 (schema %2; this version knows up to %3). Update %4; the file was not changed.</source>
        <translation>데이터베이스 %1은(는) 더 새로운 버전의 %4에서 작성되었습니다 (스키마 %2, 이 버전은 %3까지 지원). %4을(를) 업데이트하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is not an %2 database: it belongs to another program.</source>
        <translation>%1은(는) %2 데이터베이스가 아닙니다: 다른 프로그램의 파일입니다.</translation>
    </message>
</context>
<context>
    <name>EnrollController</name>
    <message>
        <source>This enrollment code is not known.</source>
        <translation>알 수 없는 등록 코드입니다.</translation>
    </message>
    <message>
        <source>This enrollment code was used already; ask for a new one.</source>
        <translation>이미 사용된 등록 코드입니다. 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>This enrollment code has expired; ask for a new one.</source>
        <translation>등록 코드가 만료되었습니다. 새 코드를 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>Unknown event type.</source>
        <translation>알 수 없는 이벤트 유형입니다.</translation>
    </message>
    <message>
        <source>A vaccine with the id %1 exists already.</source>
        <translation>ID가 %1인 백신이 이미 있습니다.</translation>
    </message>
    <message>
        <source>payload.code is not a booking code</source>
        <translation>payload.code가 예약 코드가 아닙니다</translation>
    </message>
    <message>
        <source>A booking's holder must be the device that made it.</source>
        <translation>예약의 보유자는 예약을 만든 기기여야 합니다.</translation>
    </message>
    <message>
        <source>A booking with the id %1 exists already.</source>
        <translation>ID가 %1인 예약이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The booking code %1 is taken; make the booking again.</source>
        <translation>예약 코드 %1은(는) 이미 사용 중입니다. 예약을 다시 하십시오.</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>events[%1] is for site %2; this device belongs to site %3.</source>
        <translation>events[%1]은(는) 사이트 %2의 이벤트입니다. 이 기기는 사이트 %3에 속합니다.</translation>
    </message>
    <message>
        <source>events[%1] was made by device %2; a device pushes only its own events.</source>
        <translation>events[%1]은(는) 기기 %2이(가) 만든 이벤트입니다. 기기는 자신의 이벤트만 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <source>after must be a whole number of at least 0.</source>
        <translation>after는 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>limit must be a whole number of at least 1.</source>
        <translation>limit는 1 이상의 정수여야 합니다.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>deviceName is longer than %1 characters</source>
        <translation>deviceName이 %1자를 넘습니다</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1 is an unknown event type "%2"</source>
        <translation>%1의 이벤트 유형 "%2"을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid event: the id must be a UUID and "at" an ISO 8601 time</source>
        <translation>%1은(는) 올바른 이벤트가 아닙니다: id는 UUID, "at"은 ISO 8601 시각이어야 합니다</translation>
    </message>
    <message>
        <source>a batch holds at most %1 events</source>
        <translation>한 번에 최대 %1개의 이벤트만 보낼 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is an unknown status "%2"</source>
        <translation>%1의 상태 "%2"을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is rejected without a reason</source>
        <translation>%1이(가) 이유 없이 거부되었습니다</translation>
    </message>
    <message>
        <source>%1 is not after the previous entry</source>
        <translation>%1이(가) 이전 항목보다 뒤가 아닙니다</translation>
    </message>
    <message>
        <source>next must be the last entry's serverSequence</source>
        <translation>next는 마지막 항목의 serverSequence여야 합니다</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1은(는) %2이어야 합니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1은(는) 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1은(는) %2에서 %3 사이여야 합니다</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>rights[%1] must be an object</source>
        <translation>rights[%1]은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>action must be "refill" or "return"</source>
        <translation>action은 "refill" 또는 "return"이어야 합니다</translation>
    </message>
    <message>
        <source>feed goes past grantSequence</source>
        <translation>feed가 grantSequence를 넘어섭니다</translation>
    </message>
    <message>
        <source>requestId must be a UUID</source>
        <translation>requestId는 UUID여야 합니다</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다: %2</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Expired</source>
        <translation>유효기간 지남</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation><numerusform>%n일 이내 만료</numerusform></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>유효기간</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고 수량</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>잔여 수량</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Anticorona — %1</source>
        <translation>Anticorona — %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>새 예약(&amp;N)…</translation>
    </message>
    <message>
        <source>Book a vaccination for a customer</source>
        <translation>고객의 접종을 예약합니다</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>예약 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected booking and free its dose</source>
        <translation>선택한 예약을 취소하고 수량을 되돌립니다</translation>
    </message>
    <message>
        <source>Register &amp;vaccine…</source>
        <translation>백신 등록(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation>재고 입고(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find booking</source>
        <translation>예약 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>예약(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>재고(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>재고(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>로트(&amp;L)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>Start of a phone number, name or booking code (Ctrl+F)</source>
        <translation>전화번호, 이름 또는 예약 코드의 앞부분 (Ctrl+F)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>찾기(&amp;I):</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) shown, more as you scroll</source>
        <translation><numerusform>예약 %n건 표시, 스크롤하면 더 보입니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation><numerusform>예약 %n건</numerusform></translation>
    </message>
    <message>
        <source>Booked: code %1.</source>
        <translation>예약 완료: 코드 %1.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>The booking code is %1.</source>
        <translation>예약 코드는 %1입니다.</translation>
    </message>
    <message>
        <source>Give the code to the customer: with their birth date it shows the booking on MyPage.</source>
        <translation>고객에게 코드를 알려 주십시오: 생년월일과 함께 입력하면 MyPage에서 예약을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Cancel booking %1 for %2? Its dose becomes available again.</source>
        <translation>%2 님의 예약 %1을(를) 취소하시겠습니까? 해당 수량은 다시 예약 가능해집니다.</translation>
    </message>
    <message>
        <source>Booking not cancelled</source>
        <translation>예약을 취소하지 못했습니다</translation>
    </message>
    <message>
        <source>Booking %1 cancelled.</source>
        <translation>예약 %1이(가) 취소되었습니다.</translation>
    </message>
    <message>
        <source>Vaccine %1 registered.</source>
        <translation>백신 %1이(가) 등록되었습니다.</translation>
    </message>
    <message>
        <source>Stock received.</source>
        <translation>재고가 입고되었습니다.</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>MyPage</name>
    <message>
        <source>My vaccination booking</source>
        <translation>나의 예방접종 예약</translation>
    </message>
    <message>
        <source>Enter the booking code you were given and your birth date.</source>
        <translation>안내받은 예약 코드와 생년월일을 입력하세요.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>8 letters and digits, for example ABCD-2345</source>
        <translation>영문과 숫자 8자리, 예: ABCD-2345</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Year, month and day, for example 1980-05-17</source>
        <translation>연-월-일, 예: 1980-05-17</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회하기</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>접종 기관</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>예약 일시</translation>
    </message>
    <message>
        <source>Injection date</source>
        <translation>접종일</translation>
    </message>
    <message>
        <source>No booking matches this booking code and birth date. Check both and try again.</source>
        <translation>이 예약 코드와 생년월일에 해당하는 예약이 없습니다. 두 값을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Enter both the booking code and the birth date (YYYY-MM-DD).</source>
        <translation>예약 코드와 생년월일(YYYY-MM-DD)을 모두 입력하세요.</translation>
    </message>
    <message>
        <source>Too many lookups from your address. Try again in %1 seconds.</source>
        <translation>조회 요청이 너무 많습니다. %1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>MyPageController</name>
    <message>
        <source>Too many lookups from this address; try again in %1 seconds.</source>
        <translation>이 주소의 조회 요청이 너무 많습니다. %1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>code must be a booking code of %1 letters and digits.</source>
        <translation>code는 영문과 숫자 %1자리 예약 코드여야 합니다.</translation>
    </message>
    <message>
        <source>birthDate must be a date as YYYY-MM-DD.</source>
        <translation>birthDate는 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>No booking matches this code and birth date.</source>
        <translation>이 코드와 생년월일에 해당하는 예약이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProtocolJson</name>
    <message>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation>본문이 올바른 JSON이 아닙니다 (위치 %2: %1)</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>본문은 JSON 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>ReadCommands</name>
    <message>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>예약 일시</translation>
    </message>
    <message>
        <source>VACCINE</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>BIRTH DATE</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Only the first %1 bookings are shown; narrow the search to see the others.
</source>
        <translation>처음 %1건만 표시했습니다. 나머지를 보려면 검색 조건을 좁히십시오.
</translation>
    </message>
    <message>
        <source>ON HAND</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>BOOKED</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>예약 가능</translation>
    </message>
    <message>
        <source>The database is consistent.</source>
        <translation>데이터베이스에 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation><numerusform>데이터베이스에 문제가 %n건 있습니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>재고 입고</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>백신(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>로트 번호(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>유효기간(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>수량(&amp;Q):</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n on hand)</source>
        <translation><numerusform>%1 (재고 %n)</numerusform></translation>
    </message>
    <message>
        <source>The vaccines could not be read: %1</source>
        <translation>백신 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Register a vaccine first.</source>
        <translation>먼저 백신을 등록하십시오.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>이름이 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>The phone number "%1" is not valid: use 8 to 15 digits, optionally with dashes.</source>
        <translation>전화번호 "%1"이(가) 올바르지 않습니다: 8~15자리 숫자로 입력하십시오(대시 사용 가능).</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>수량은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: use YYYY-MM-DD.</source>
        <translation>"%1"은(는) 올바른 날짜가 아닙니다: YYYY-MM-DD 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date and time: use YYYY-MM-DDTHH:MM.</source>
        <translation>"%1"은(는) 올바른 일시가 아닙니다: YYYY-MM-DDTHH:MM 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The expiry date %1 has already passed.</source>
        <translation>유효기간 %1이(가) 이미 지났습니다.</translation>
    </message>
    <message>
        <source>The appointment %1 is in the past.</source>
        <translation>예약 일시 %1은(는) 이미 지난 시간입니다.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>생년월일 %1은(는) 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>로트 번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Lot %1 of this vaccine was received before with another expiry date.</source>
        <translation>이 백신의 로트 %1은(는) 다른 유효기간으로 이미 입고되었습니다.</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>폐기에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no vaccine with the id %1.</source>
        <translation>ID가 %1인 백신이 없습니다.</translation>
    </message>
    <message>
        <source>There is no booking with the code %1.</source>
        <translation>예약 코드 %1에 해당하는 예약이 없습니다.</translation>
    </message>
    <message>
        <source>There is no lot %1 of this vaccine.</source>
        <translation>이 백신의 로트 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The booking is %1, not booked: only a booked booking can be changed.</source>
        <translation>이 예약은 '%1' 상태입니다: 예약됨 상태의 예약만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>No dose of this vaccine is available to book.</source>
        <translation>이 백신은 예약 가능한 재고가 없습니다.</translation>
    </message>
    <message>
        <source>Only %1 doses are available; booked doses cannot be written off.</source>
        <translation>예약 가능한 수량은 %1개뿐입니다. 예약된 수량은 폐기할 수 없습니다.</translation>
    </message>
    <message>
        <source>This desk holds no right to book this vaccine; it must get rights from the server first.</source>
        <translation>이 창구에는 이 백신을 예약할 권한(수량)이 없습니다. 먼저 서버에서 권한을 받아야 합니다.</translation>
    </message>
    <message>
        <source>This customer already has a booking for this vaccine (code %1).</source>
        <translation>이 고객은 이미 이 백신을 예약했습니다 (예약 코드 %1).</translation>
    </message>
    <message>
        <source>Lot %1 has expired.</source>
        <translation>로트 %1은(는) 유효기간이 지났습니다.</translation>
    </message>
    <message>
        <source>Lot %1 has no doses left.</source>
        <translation>로트 %1에 남은 수량이 없습니다.</translation>
    </message>
    <message>
        <source>No lot of this vaccine has an unexpired dose left.</source>
        <translation>이 백신에는 유효기간이 남은 로트가 없습니다.</translation>
    </message>
    <message>
        <source>The manufacturer is empty.</source>
        <translation>제조사가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The birth date is missing or not a valid date.</source>
        <translation>생년월일이 없거나 올바른 날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>RightsController</name>
    <message>
        <source>This request is for site %1; this device belongs to site %2.</source>
        <translation>이 요청은 사이트 %1에 대한 것입니다. 이 기기는 사이트 %2에 속합니다.</translation>
    </message>
    <message>
        <source>The server has applied %1 of this device's events, not yet the %2 this return waits for; push them and send the same request again.</source>
        <translation>서버는 이 기기의 이벤트 중 %1개를 반영했으며, 이 반납에 필요한 %2개에는 아직 이르지 않았습니다. 이벤트를 보낸 뒤 같은 요청을 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The request id %1 was answered before for a different request.</source>
        <translation>요청 ID %1은(는) 이미 다른 요청에 대해 응답되었습니다.</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Usage: anticorona-server --database FILE [--config FILE] COMMAND
Commands:
  site add NAME                        create a site; prints its id last
  enroll --site SITE [--expires HOURS] make a one-time enrollment code (default 24 hours); prints it last
  device list                          list enrolled devices
  device revoke DEVICE_ID              revoke a device: its token stops working at once
  serve [--listen HOST:PORT]           serve protocol v1 (default 127.0.0.1:8080)
  help                                 show this text
</source>
        <translation>사용법: anticorona-server --database FILE [--config FILE] 명령
명령:
  site add NAME                        사이트를 만들고 마지막 줄에 ID를 출력
  enroll --site SITE [--expires HOURS] 일회용 등록 코드를 만들고(기본 24시간) 마지막 줄에 출력
  device list                          등록된 기기 목록
  device revoke DEVICE_ID              기기 등록 취소: 토큰이 즉시 무효가 됨
  serve [--listen HOST:PORT]           프로토콜 v1 서비스 (기본 127.0.0.1:8080)
  help                                 이 도움말 출력
</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen에는 HOST:PORT가 필요합니다 (예: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>--listen: "%1" is not a port number (0-65535).</source>
        <translation>--listen: "%1"은(는) 포트 번호(0-65535)가 아닙니다.</translation>
    </message>
    <message>
        <source>--listen: "%1" is not an IP address.</source>
        <translation>--listen: "%1"은(는) IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>--expires needs a whole number of hours from 1 to %1.</source>
        <translation>--expires에는 1에서 %1 사이의 시간(정수)이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>알 수 없는 옵션 %1.</translation>
    </message>
    <message>
        <source>site add needs a NAME.</source>
        <translation>site add에는 NAME이 필요합니다.</translation>
    </message>
    <message>
        <source>enroll needs --site SITE.</source>
        <translation>enroll에는 --site SITE가 필요합니다.</translation>
    </message>
    <message>
        <source>device revoke needs a DEVICE_ID.</source>
        <translation>device revoke에는 DEVICE_ID가 필요합니다.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>명령이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>알 수 없는 명령 "%1".</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>예상하지 못한 인수 "%1".</translation>
    </message>
    <message>
        <source>The option %1 does not belong to this command.</source>
        <translation>옵션 %1은(는) 이 명령의 옵션이 아닙니다.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>옵션 %1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>--database FILE is required.</source>
        <translation>--database FILE이(가) 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>설정 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The settings file %1 has an unknown setting %2.</source>
        <translation>설정 파일 %1에 알 수 없는 설정 %2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes of at least 1024.</source>
        <translation>%1은(는) 1024 이상의 바이트 수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a number of milliseconds of at least 0.</source>
        <translation>%1은(는) 0 이상의 밀리초여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1은(는) 1 이상의 정수여야 합니다.</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>The database failed: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
    <message>
        <source>Created the site "%1"; its id:</source>
        <translation>사이트 "%1"을(를) 만들었습니다. ID:</translation>
    </message>
    <message>
        <source>There is no site with the id %1.</source>
        <translation>ID가 %1인 사이트가 없습니다.</translation>
    </message>
    <message>
        <source>One-time enrollment code for site %1, valid until %2 UTC:</source>
        <translation>사이트 %1의 일회용 등록 코드 (%2 UTC까지 유효):</translation>
    </message>
    <message>
        <source>No device is enrolled.</source>
        <translation>등록된 기기가 없습니다.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 등록 취소됨</translation>
    </message>
    <message>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>There is no device with the id %1.</source>
        <translation>ID가 %1인 기기가 없습니다.</translation>
    </message>
    <message>
        <source>Revoked the device %1: its token no longer works.</source>
        <translation>기기 %1의 등록을 취소했습니다: 토큰이 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2에서 연결을 받을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>anticorona-server listening on %1:%2</source>
        <translation>anticorona-server가 %1:%2에서 대기 중</translation>
    </message>
    <message>
        <source>anticorona-server stopped.</source>
        <translation>anticorona-server가 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>SqliteEventLog</name>
    <message>
        <source>The event id %1 was used before for a different event.</source>
        <translation>이벤트 ID %1은(는) 이미 다른 이벤트에 사용되었습니다.</translation>
    </message>
    <message>
        <source>Event sequence %1 is not after %2, the last one recorded for this device.</source>
        <translation>이벤트 순번 %1이(가) 이 기기의 마지막 기록 순번 %2보다 뒤가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>제조사</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>예약 가능</translation>
    </message>
</context>
<context>
    <name>VaccineDialog</name>
    <message>
        <source>Register vaccine</source>
        <translation>백신 등록</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>제조사(&amp;M):</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>booked exceeds the stock on hand</source>
        <translation>예약 수가 재고를 초과합니다</translation>
    </message>
    <message>
        <source>the booked counter does not match the BOOKED bookings</source>
        <translation>예약 카운터가 예약됨 상태의 예약 수와 다릅니다</translation>
    </message>
    <message>
        <source>the stock counter does not match the doses left in the lots</source>
        <translation>재고 카운터가 로트의 잔여 수량과 다릅니다</translation>
    </message>
    <message>
        <source>a vaccine has no stock or rights row</source>
        <translation>백신에 재고 또는 권한 행이 없습니다</translation>
    </message>
    <message>
        <source>the outbox sequence has gaps</source>
        <translation>아웃박스 순번에 빈 곳이 있습니다</translation>
    </message>
    <message>
        <source>a booking has no Booked event, or an event has no booking</source>
        <translation>예약 이벤트가 없는 예약이 있거나 예약이 없는 이벤트가 있습니다</translation>
    </message>
    <message>
        <source>the outbox does not add up to the stock on hand</source>
        <translation>아웃박스 이벤트의 합계가 재고와 다릅니다</translation>
    </message>
    <message>
        <source>the outbox does not add up to the booked count</source>
        <translation>아웃박스 이벤트의 합계가 예약 수와 다릅니다</translation>
    </message>
    <message>
        <source>a booking's state does not match its events</source>
        <translation>예약 상태가 이벤트와 다릅니다</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 무결성 검사 실패: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 무결성 검사: %1</translation>
    </message>
    <message>
        <source>a row refers to a missing %1 (table %2)</source>
        <translation>행이 없는 %1을(를) 참조합니다 (테이블 %2)</translation>
    </message>
    <message>
        <source>check "%1" could not run: %2</source>
        <translation>검사 "%1"을(를) 실행할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message numerus="yes">
        <source>Received %n dose(s) in lot %1.</source>
        <translation><numerusform>로트 %1에 %n회분을 입고했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote off %n dose(s).</source>
        <translation><numerusform>%n회분을 폐기했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>예약 %1이(가) 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The demo clinic has %n new booking(s).</source>
        <translation><numerusform>데모 접종소에 새 예약 %n건이 생겼습니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anticorona vaccination desk</source>
        <translation>Anticorona 접종 창구</translation>
    </message>
    <message>
        <source>The desk's database file (created if missing).</source>
        <translation>창구 데이터베이스 파일 (없으면 새로 만듭니다).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Anticorona</source>
        <translation>Anticorona</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1</source>
        <translation>데이터베이스를 열 수 없습니다.

%1</translation>
    </message>
</context>
</TS>
