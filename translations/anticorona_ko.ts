<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>직원 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>역할 변경…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>새 비밀번호…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>A&amp;udit trail:</source>
        <translation>감사 기록(&amp;U):</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>직원 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>%1의 역할을 변경했습니다.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>%1의 새 비밀번호를 설정했습니다.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their past changes stay in the audit trail.</source>
        <translation>%1(%2) 계정을 비활성화하시겠습니까? 더 이상 로그인할 수 없으며, 지금까지의 변경 내역은 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Account not deactivated</source>
        <translation>계정을 비활성화하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1은(는) 이제 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>S&amp;taff accounts:</source>
        <translation>직원 계정(&amp;T):</translation>
    </message>
    <message>
        <source>Person, customer, lot or reason</source>
        <translation>직원, 고객, 로트 또는 사유</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>서버가 바쁩니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server could not store or read data.</source>
        <translation>서버가 데이터를 저장하거나 읽지 못했습니다.</translation>
    </message>
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
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The server has too many requests; try again in a moment.</source>
        <translation>서버에 요청이 너무 많습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This server does not offer WebSockets.</source>
        <translation>이 서버는 WebSocket을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>요청이 제시간에 도착하지 않았습니다.</translation>
    </message>
    <message>
        <source>A request body needs a Content-Length; chunked bodies are not accepted.</source>
        <translation>요청 본문에는 Content-Length가 필요합니다. chunked 본문은 받지 않습니다.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>요청 본문이 제한(%1바이트)보다 큽니다.</translation>
    </message>
    <message>
        <source>The request line is longer than the limit of %1 bytes.</source>
        <translation>요청 줄이 제한(%1바이트)보다 깁니다.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than the limit of %1 bytes.</source>
        <translation>요청 헤더가 제한(%1바이트)보다 큽니다.</translation>
    </message>
    <message>
        <source>This transfer coding is not supported.</source>
        <translation>이 전송 코딩은 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>HTTP/1.0과 HTTP/1.1만 지원합니다.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>올바른 HTTP/1.1 요청이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>vaccine registered</source>
        <translation>백신 등록</translation>
    </message>
    <message>
        <source>stock received</source>
        <translation>재고 입고</translation>
    </message>
    <message>
        <source>stock written off</source>
        <translation>재고 폐기</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>booking cancelled</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>접종 완료</translation>
    </message>
    <message>
        <source>injection undone</source>
        <translation>접종 기록 취소</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <source>clinic set up</source>
        <translation>접종소 설정</translation>
    </message>
    <message>
        <source>staff added</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>staff deactivated</source>
        <translation>직원 비활성화</translation>
    </message>
    <message>
        <source>sync conflict resolved</source>
        <translation>동기화 충돌 해결</translation>
    </message>
    <message>
        <source>sign-in while locked</source>
        <translation>잠긴 계정 로그인 시도</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>화면 잠금</translation>
    </message>
    <message>
        <source>Vaccine %1 by %2 added to the catalogue</source>
        <translation>백신 %1(제조사 %2) 목록에 추가</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 received in lot %2, expiring %3</source>
        <translation>
            <numerusform>%1 %n회분 입고, 로트 %2, 유효기간 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 written off from lot %2: %3</source>
        <translation>
            <numerusform>%1 %n회분 폐기, 로트 %2, 사유: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booked for %2 on %3, code %4</source>
        <translation>%1 님 %2 예약, %3, 예약 코드 %4</translation>
    </message>
    <message>
        <source>Booking %1 of %2 for %3 cancelled</source>
        <translation>%2 님의 %3 예약 취소, 예약 코드 %1</translation>
    </message>
    <message>
        <source>%1 injected with %2 from lot %3, booking %4</source>
        <translation>%1 님 %2 접종, 로트 %3, 예약 코드 %4</translation>
    </message>
    <message>
        <source>Injection of %1 undone: the dose went back to lot %2, booking %3</source>
        <translation>%1 님 접종 기록 취소, 로트 %2에 1회분 반환, 예약 코드 %3</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 계정으로 로그인</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused</source>
        <translation>%1 계정 로그인 거부</translation>
    </message>
    <message>
        <source>Sign-in as %1 refused: the account is locked</source>
        <translation>%1 계정 로그인 거부: 계정 잠김 중</translation>
    </message>
    <message>
        <source>Account %1 locked after too many wrong passwords</source>
        <translation>비밀번호를 여러 번 틀려 계정 %1 잠김</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Desk locked: nobody used it for a while</source>
        <translation>한동안 사용하지 않아 화면 잠김</translation>
    </message>
    <message>
        <source>Desk locked by hand</source>
        <translation>직접 화면 잠금</translation>
    </message>
    <message>
        <source>Clinic %1 set up</source>
        <translation>접종소 %1 설정</translation>
    </message>
    <message>
        <source>Staff account %1 added</source>
        <translation>직원 계정 %1 추가</translation>
    </message>
    <message>
        <source>Roles changed: %1</source>
        <translation>역할 변경: %1</translation>
    </message>
    <message>
        <source>New password set for %1</source>
        <translation>계정 %1 새 비밀번호 설정</translation>
    </message>
    <message>
        <source>Account %1 deactivated</source>
        <translation>계정 %1 비활성화</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 내용</translation>
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
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>BookingCsvExport</name>
    <message>
        <source>The file cannot be written.</source>
        <translation>파일에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>파일에 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>BookingCsvImport</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>파일이 %1MB보다 큽니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>%1행: 따옴표로 시작한 필드가 닫히지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where %1 are expected.</source>
        <translation>
            <numerusform>필드가 %1개여야 하는데 %n개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same customer is already booked for this vaccine on line %1.</source>
        <translation>같은 고객이 %1행에서 이미 이 백신으로 예약되어 있습니다.</translation>
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
    <message numerus="yes">
        <source>%1 (%n available)</source>
        <translation>
            <numerusform>%1 (예약 가능 %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a vaccine and receive stock before booking.</source>
        <translation>예약하기 전에 백신을 등록하고 재고를 입고하십시오.</translation>
    </message>
    <message>
        <source>The booking could not be saved: %1</source>
        <translation>예약을 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 available now.</source>
        <translation>
            <numerusform>현재 %1 예약 가능 수량: %n회분</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSlip</name>
    <message>
        <source>Booking %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>The slip could not be written to %1.</source>
        <translation>예약증을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Vaccination booking</source>
        <translation>예방접종 예약증</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>Vaccine:</source>
        <translation>백신:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>예약 일시:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Please bring an ID card and this slip to your appointment.</source>
        <translation>접종하러 오실 때 신분증과 이 예약증을 지참해 주십시오.</translation>
    </message>
    <message>
        <source>Scan the code or open this address, then enter your birth date to see your booking:</source>
        <translation>QR 코드를 스캔하거나 아래 주소에 접속한 뒤 생년월일을 입력하면 예약 내용을 확인할 수 있습니다:</translation>
    </message>
    <message>
        <source>To check or change this booking, call or visit %1 and give the booking code above.</source>
        <translation>예약을 확인하거나 바꾸려면 %1에 전화하거나 방문하여 위의 예약 코드를 알려 주십시오.</translation>
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
    <name>BookingsPage</name>
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
        <source>Booking &amp;slip…</source>
        <translation>예약증(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the selected booking&apos;s slip or save it as PDF</source>
        <translation>선택한 예약의 예약증을 인쇄하거나 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Export bookings to CSV…</source>
        <translation>예약을 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bookings from CSV…</source>
        <translation>CSV에서 예약 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Find booking</source>
        <translation>예약 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Name (any part)</source>
        <translation>이름 (일부)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>예약 코드</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) shown, more as you scroll</source>
        <translation>
            <numerusform>예약 %n건 표시, 스크롤하면 더 보입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>예약 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked: code %1.</source>
        <translation>예약 완료: 코드 %1.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약 완료</translation>
    </message>
    <message>
        <source>The booking code is %1.</source>
        <translation>예약 코드는 %1입니다.</translation>
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
        <source>Export bookings</source>
        <translation>예약 내보내기</translation>
    </message>
    <message>
        <source>bookings.csv</source>
        <translation>bookings.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting bookings…</source>
        <translation>예약을 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>예약 %n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation>예약 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) imported.</source>
        <translation>
            <numerusform>예약 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the rest were not booked.</source>
        <translation>중간에 멈췄습니다. 나머지 행은 예약되지 않았습니다.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were refused while booking.</source>
        <translation>
            <numerusform>예약하는 중에 %n개 행이 거부되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>예약증 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Any part of a name, a phone number&apos;s start or last four digits, or a booking code</source>
        <translation>이름 일부, 전화번호 앞자리나 뒷자리 네 자리, 또는 예약 코드</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>찾기(&amp;D):</translation>
    </message>
    <message>
        <source>Give the code to the customer: with it and their birth date they can check the booking online.</source>
        <translation>고객에게 예약 코드를 알려 주십시오. 이 코드와 생년월일로 온라인에서 예약을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Select a booking first: find it (Ctrl+F), then Down goes into the list.</source>
        <translation>먼저 예약을 선택하세요. 찾은 다음(Ctrl+F) 아래 화살표로 목록에 들어갑니다.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only a booking still open can be printed or cancelled.</source>
        <translation>예약 %1은(는) %2 상태입니다. 아직 예약됨 상태인 예약만 인쇄하거나 취소할 수 있습니다.</translation>
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
    <name>ColumnFitter</name>
    <message>
        <source>&amp;Fit columns to contents</source>
        <translation>열 너비 맞추기(&amp;F)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No command given.</source>
        <translation>명령이 없습니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>옵션 %1에는 값을 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; has no option %2.</source>
        <translation>명령 &quot;%1&quot;에는 옵션 %2이(가) 없습니다.</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 FILE is required.</source>
        <translation>옵션 %1 FILE이 필요합니다.</translation>
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
        <source>The value of %1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1의 값은 &quot;%2&quot;이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The value of %1, %2, is too small (at least %3).</source>
        <translation>%1의 값 %2은(는) 너무 작습니다 (최소 %3).</translation>
    </message>
    <message>
        <source>The value of %1, %2, is too large (at most %3).</source>
        <translation>%1의 값 %2은(는) 너무 큽니다 (최대 %3).</translation>
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
        <source>Usage: anticorona-cli --database FILE [--json] %1
  %2
</source>
        <translation>사용법: anticorona-cli --database FILE [--json] %1
  %2
</translation>
    </message>
    <message>
        <source>
Global options:
  --database FILE  the desk&apos;s database; vaccine add, staff add, demo and enroll create it
                   when missing, every other command needs it to exist
  --json           print exactly one JSON object on stdout
  --help           print this help

Dates are YYYY-MM-DD; appointments YYYY-MM-DDTHH:MM in the clinic&apos;s local time.

Exit codes:
  0  done
  1  refused by a rule, or verify found a problem; stderr says why
  2  usage error
  3  database error: missing, damaged, locked, read-only or from a newer version;
     enroll: no system keychain answers and no --token-file was given
  4  the server could not be reached or did not answer; stderr says why
</source>
        <translation>
공통 옵션:
  --database FILE  컴퓨터 데이터베이스. vaccine add, staff add, demo, enroll은 파일이 없으면
                   만들고, 나머지 명령은 파일이 있어야 합니다
  --json           표준 출력에 JSON 객체 하나만 출력
  --help           이 도움말 출력

날짜는 YYYY-MM-DD, 예약 일시는 접종소 현지 시각으로 YYYY-MM-DDTHH:MM 입니다.

종료 코드:
  0  완료
  1  규칙에 따라 거부되었거나 verify가 문제를 찾음 (이유는 표준 오류에)
  2  사용법 오류
  3  데이터베이스 오류: 없음, 손상, 잠김, 읽기 전용, 더 새로운 버전.
     enroll: 응답하는 시스템 키체인이 없고 --token-file도 주어지지 않음
  4  서버에 연결할 수 없거나 서버가 응답하지 않음 (이유는 표준 오류에)
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
    <message>
        <source>Takes back today&apos;s latest injection of a booking made at this desk:
the dose returns to its lot and the booking is booked again.</source>
        <translation>이 컴퓨터에서 만든 예약의 오늘 마지막 접종 기록을 취소합니다:
수량은 로트로 돌아가고 예약은 다시 예약됨 상태가 됩니다.</translation>
    </message>
    <message>
        <source>Adds a staff account; the password is the first line of stdin.
Roles: admin, vaccines, reception, injection.</source>
        <translation>직원 계정을 추가합니다. 비밀번호는 표준 입력의 첫 줄입니다.
역할: admin, vaccines, reception, injection.</translation>
    </message>
    <message>
        <source>Lists the staff accounts and their roles.</source>
        <translation>직원 계정과 역할을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Shows the audit trail, newest first (at most 100 lines): who did
what, and when.</source>
        <translation>감사 기록을 최신순으로 보여 줍니다 (최대 100줄): 누가 언제
무엇을 했는지.</translation>
    </message>
    <message>
        <source>Makes this desk a device of the server&apos;s site with a one-time code from the
administrator. The token goes to the system keychain, or to --token-file (mode 0600)
where there is none; --name is how the server lists the desk (default: this computer&apos;s).</source>
        <translation>관리자에게 받은 일회용 코드로 이 컴퓨터를 서버 접종소의 기기로 등록합니다.
토큰은 시스템 키체인에, 키체인이 없으면 --token-file(모드 0600)에 저장됩니다.
--name은 서버에 표시될 컴퓨터 이름입니다 (기본값: 이 컴퓨터의 이름).</translation>
    </message>
    <message>
        <source>Runs one round with the server: sends the changes waiting, then
reads the site&apos;s changes. A standalone desk has nothing to do.</source>
        <translation>서버와 한 차례 동기화합니다: 대기 중인 변경을 보내고, 접종소의
변경을 받습니다. 단독 컴퓨터는 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Shows where the desk stands with the server: changes waiting, rights
and sureties per vaccine, open conflicts, the last sync.</source>
        <translation>서버와의 상태를 보여 줍니다: 대기 중인 변경, 백신별 권한과 보증,
미해결 충돌, 마지막 동기화.</translation>
    </message>
    <message>
        <source>Lists the open conflicts: changes the server refused and clashes in
the site&apos;s changes (at most 100).</source>
        <translation>미해결 충돌을 보여 줍니다: 서버가 거부한 변경과 접종소 변경 사이의
충돌 (최대 100개).</translation>
    </message>
    <message>
        <source>Closes a conflict, keeping this desk&apos;s version or the server&apos;s; a new
booking or correction is a command of its own.</source>
        <translation>충돌을 닫습니다. 이 컴퓨터의 내용이나 서버의 내용을 유지합니다. 새 예약이나
정정은 별도의 명령으로 합니다.</translation>
    </message>
    <message>
        <source>Writes off wasted or expired doses (at most the available ones)
from the named lot (default: the earliest expiry first).</source>
        <translation>손상되었거나 유효기간이 지난 수량을 폐기합니다 (예약 가능 수량 이내).
지정한 로트에서 폐기합니다 (기본: 유효기간이 빠른 로트부터).</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>New vaccine</source>
        <translation>백신 등록</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>접종</translation>
    </message>
    <message>
        <source>Injection undone</source>
        <translation>접종 취소</translation>
    </message>
    <message>
        <source>Surety returned</source>
        <translation>보증 반환</translation>
    </message>
    <message>
        <source>No dose was left to book at the site.</source>
        <translation>접종소에 예약할 수 있는 수량이 남아 있지 않았습니다.</translation>
    </message>
    <message>
        <source>This desk held no right to book this vaccine.</source>
        <translation>이 컴퓨터에는 이 백신을 예약할 권한이 없었습니다.</translation>
    </message>
    <message>
        <source>The appointment was in the past.</source>
        <translation>예약 시각이 이미 지난 시각이었습니다.</translation>
    </message>
    <message>
        <source>The appointment time is not valid.</source>
        <translation>예약 시각이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>전화번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The birth date is not valid.</source>
        <translation>생년월일이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>생년월일이 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>The customer already has a booking for this vaccine.</source>
        <translation>이 고객은 이미 이 백신 예약이 있습니다.</translation>
    </message>
    <message>
        <source>The server already has this booking.</source>
        <translation>서버에 이미 같은 예약이 있습니다.</translation>
    </message>
    <message>
        <source>Another booking already uses this booking code.</source>
        <translation>다른 예약이 이미 이 예약 번호를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>The booking was sent for another desk.</source>
        <translation>다른 컴퓨터의 예약으로 보내졌습니다.</translation>
    </message>
    <message>
        <source>The server does not know this vaccine.</source>
        <translation>서버에 등록되지 않은 백신입니다.</translation>
    </message>
    <message>
        <source>The server already has this vaccine.</source>
        <translation>서버에 이미 같은 백신이 있습니다.</translation>
    </message>
    <message>
        <source>The booking is not known here or at the server.</source>
        <translation>이 컴퓨터나 서버에서 찾을 수 없는 예약입니다.</translation>
    </message>
    <message>
        <source>The lot is not known.</source>
        <translation>알 수 없는 로트입니다.</translation>
    </message>
    <message>
        <source>The lot was already received with another expiry date.</source>
        <translation>같은 로트가 다른 유효기간으로 이미 입고되었습니다.</translation>
    </message>
    <message>
        <source>The lot had expired.</source>
        <translation>로트의 유효기간이 지났습니다.</translation>
    </message>
    <message>
        <source>The lot had no dose left.</source>
        <translation>로트에 남은 수량이 없었습니다.</translation>
    </message>
    <message>
        <source>The expiry date had already passed.</source>
        <translation>유효기간이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>The stock would grow past its limit.</source>
        <translation>재고가 한도를 넘게 됩니다.</translation>
    </message>
    <message>
        <source>The quantity is not valid.</source>
        <translation>수량이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>날짜가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>이름이 너무 깁니다.</translation>
    </message>
    <message>
        <source>The manufacturer is empty.</source>
        <translation>제조사가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The manufacturer is too long.</source>
        <translation>제조사 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>로트 번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The lot number is too long.</source>
        <translation>로트 번호가 너무 깁니다.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>사유가 없습니다.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>사유가 너무 깁니다.</translation>
    </message>
    <message>
        <source>The site had fewer free doses than were written off.</source>
        <translation>폐기한 수량보다 접종소의 가용 수량이 적었습니다.</translation>
    </message>
    <message>
        <source>The undo did not match the injection.</source>
        <translation>취소 내용이 접종 기록과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The booking had no injection to undo.</source>
        <translation>이 예약에는 취소할 접종이 없었습니다.</translation>
    </message>
    <message>
        <source>This desk may not undo that injection.</source>
        <translation>이 컴퓨터에서는 그 접종을 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>An injection can only be undone on the day it was given.</source>
        <translation>접종은 접종한 날에만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The change was incomplete or malformed.</source>
        <translation>변경 내용이 빠졌거나 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The server already has a different change with this id.</source>
        <translation>서버에 같은 ID의 다른 변경이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Only the server may make this kind of change.</source>
        <translation>이런 변경은 서버만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The server does not know this kind of change.</source>
        <translation>서버가 알지 못하는 종류의 변경입니다.</translation>
    </message>
    <message>
        <source>Another desk received the same lot with another expiry date.</source>
        <translation>다른 컴퓨터에서 같은 로트를 다른 유효기간으로 입고했습니다.</translation>
    </message>
    <message>
        <source>Another desk wrote off more doses than this desk holds.</source>
        <translation>다른 컴퓨터에서 이 컴퓨터가 가진 것보다 많은 수량을 폐기했습니다.</translation>
    </message>
    <message>
        <source>Another desk injected a dose that no lot here holds.</source>
        <translation>다른 컴퓨터에서 접종한 수량이 이 컴퓨터의 어느 로트에도 없습니다.</translation>
    </message>
    <message>
        <source>Another desk undid an injection this desk has never seen.</source>
        <translation>다른 컴퓨터에서 이 컴퓨터가 모르는 접종을 취소했습니다.</translation>
    </message>
    <message>
        <source>Other reason (%1)</source>
        <translation>기타 사유 (%1)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import bookings: preview</source>
        <translation>예약 가져오기: 미리 보기</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사 결과</translation>
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
        <source>Appointment</source>
        <translation>예약 일시</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n booking(s)</source>
        <translation>
            <numerusform>예약 %n건 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking the imported rows…</source>
        <translation>가져온 행을 예약하는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be booked;</source>
        <translation>
            <numerusform>%n행은 예약할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will be skipped.</source>
        <translation>
            <numerusform>%n행은 문제가 있어 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been booked yet.</source>
        <translation>아직 아무것도 예약되지 않았습니다.</translation>
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
    <message>
        <source>The database %1 is not open.</source>
        <translation>데이터베이스 %1이(가) 열려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Anticorona</source>
        <translation>Anticorona</translation>
    </message>
    <message>
        <source>The database cannot be read.

%1</source>
        <translation>데이터베이스를 읽을 수 없습니다.

%1</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Enter the MyPage address as https://host, or leave it empty.</source>
        <translation>MyPage 주소를 https://호스트 형식으로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>The MyPage address must start with http:// or https://.</source>
        <translation>MyPage 주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The MyPage address needs a host name, as in https://clinic.example.</source>
        <translation>MyPage 주소에는 https://clinic.example처럼 호스트 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The MyPage address must not contain a user name or password.</source>
        <translation>MyPage 주소에는 사용자 이름이나 비밀번호를 넣을 수 없습니다.</translation>
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
    <name>EnrollDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>The server&apos;s administrator gives you a one-time code for this desk. The desk keeps everything it did alone and shares it with the server.</source>
        <translation>서버 관리자가 이 컴퓨터를 위한 일회용 코드를 드립니다. 컴퓨터는 혼자서 한 모든 작업을 그대로 유지하고 서버와 공유합니다.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>서버 주소(&amp;S):</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>컴퓨터 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Keep the token in:</source>
        <translation>토큰 보관 위치:</translation>
    </message>
    <message>
        <source>System &amp;keychain</source>
        <translation>시스템 키체인(&amp;K)</translation>
    </message>
    <message>
        <source>A &amp;file I choose</source>
        <translation>직접 고른 파일(&amp;F)</translation>
    </message>
    <message>
        <source>Path of the token file</source>
        <translation>토큰 파일 경로</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>기기 ID:</translation>
    </message>
    <message>
        <source>Token kept in:</source>
        <translation>토큰 보관 위치:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Where to keep the token</source>
        <translation>토큰을 보관할 위치</translation>
    </message>
    <message>
        <source>The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX.</source>
        <translation>일회용 코드는 XXXXX-XXXXX-XXXXX-XXXXX 형식의 영문자와 숫자 20자입니다.</translation>
    </message>
    <message>
        <source>Give this desk a name, so the server&apos;s administrator can tell it apart.</source>
        <translation>서버 관리자가 구별할 수 있도록 이 컴퓨터의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the file that will keep the token.</source>
        <translation>토큰을 보관할 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 You can choose &quot;A file I choose&quot; to keep the token in a private file instead.</source>
        <translation>%1 대신 &quot;직접 고른 파일&quot;을 선택하여 토큰을 개인 파일에 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connecting to %1... This can take a few seconds; please wait.</source>
        <translation>%1에 연결하는 중입니다... 몇 초 걸릴 수 있으니 잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>일회용 코드(&amp;O):</translation>
    </message>
</context>
<context>
    <name>Enroller</name>
    <message>
        <source>This desk is enrolled already, with %1 as device %2. A desk enrolls once: to start over, enroll a new database file.</source>
        <translation>이 컴퓨터는 이미 %1에 기기 %2(으)로 등록되어 있습니다. 컴퓨터는 한 번만 등록합니다. 처음부터 다시 하려면 새 데이터베이스 파일을 등록하십시오.</translation>
    </message>
    <message>
        <source>The desk cannot keep its token in %1: %2 The enrollment code was not used.</source>
        <translation>컴퓨터가 토큰을 %1에 보관할 수 없습니다: %2 등록 코드는 사용되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address and the network; the enrollment code was not used.</source>
        <translation>서버 %1에 연결할 수 없습니다. 주소와 네트워크를 확인하십시오. 등록 코드는 사용되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); try again later with the same code.</source>
        <translation>서버가 응답하지 못했습니다 (HTTP %1). 나중에 같은 코드로 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server does not know this enrollment code. Check it, or ask the administrator for a new one.</source>
        <translation>서버가 이 등록 코드를 알지 못합니다. 코드를 확인하거나 관리자에게 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>This enrollment code was used already; each code enrolls one desk. Ask the administrator for a new one.</source>
        <translation>이 등록 코드는 이미 사용되었습니다. 코드 하나로 컴퓨터 하나만 등록합니다. 관리자에게 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask the administrator for a new one.</source>
        <translation>이 등록 코드는 만료되었습니다. 관리자에게 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment is not what the protocol says; the code may be spent. Ask the administrator to check the server.</source>
        <translation>등록에 대한 서버의 응답이 프로토콜과 맞지 않습니다. 코드가 이미 사용되었을 수 있습니다. 관리자에게 서버 점검을 요청하십시오.</translation>
    </message>
    <message>
        <source>The desk could not store its token in %1: %2 The enrollment code is spent: ask the administrator for a new one.</source>
        <translation>컴퓨터가 토큰을 %1에 저장하지 못했습니다: %2 등록 코드는 이미 사용되었으니 관리자에게 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>This desk was enrolled by someone else meanwhile; its enrollment stays as it was.</source>
        <translation>그사이 다른 곳에서 이 컴퓨터를 등록했습니다. 기존 등록은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The desk&apos;s database could not record the enrollment; nothing was changed. Try again, and if it happens again call for support.</source>
        <translation>컴퓨터의 데이터베이스가 등록을 기록하지 못했습니다. 아무것도 바뀌지 않았습니다. 다시 시도하고, 또 그러면 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <source>The server refused the enrollment: %1</source>
        <translation>서버가 등록을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The server refused the enrollment (HTTP %1).</source>
        <translation>서버가 등록을 거부했습니다(HTTP %1).</translation>
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
        <source>A booking&apos;s holder must be the device that made it.</source>
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
    <message>
        <source>The undo names another code, vaccine or holder than booking %1 has.</source>
        <translation>접종 취소 이벤트의 예약 코드, 백신 또는 보유자가 예약 %1과(와) 다릅니다.</translation>
    </message>
    <message>
        <source>Booking %1 has no injection to undo.</source>
        <translation>예약 %1에는 취소할 접종 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Only the latest injection of booking %1, made by this desk for its own booking, can be undone.</source>
        <translation>예약 %1의 마지막 접종 기록 중에서도, 이 컴퓨터가 자신이 만든 예약에 대해 기록한 접종만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The injection of booking %1 took its dose from lot %2, not from lot %3.</source>
        <translation>예약 %1의 접종에는 로트 %3이(가) 아니라 로트 %2의 수량이 사용되었습니다.</translation>
    </message>
    <message>
        <source>The injection was recorded on %1; only an injection made the same day can be undone.</source>
        <translation>이 접종은 %1에 기록되었습니다. 같은 날 기록한 접종만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the server makes %1 entries.</source>
        <translation>%1 항목은 서버만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The event id %1 is reserved for the server&apos;s own entries; a desk makes random (version 4) UUIDs.</source>
        <translation>이벤트 ID %1은(는) 서버가 만드는 항목용으로 예약되어 있습니다. 데스크는 무작위(버전 4) UUID를 만듭니다.</translation>
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
    <message>
        <source>events[%1].feedCursor %2 is beyond the server&apos;s last sequence %3.</source>
        <translation>events[%1].feedCursor %2은(는) 서버의 마지막 순번 %3보다 큽니다.</translation>
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
    <name>FeedStore</name>
    <message>
        <source>Another desk wrote off %1 doses; this desk&apos;s lots held only %2 of them.</source>
        <translation>다른 컴퓨터에서 %1회분을 폐기했지만, 이 컴퓨터의 로트에는 그중 %2회분만 있었습니다.</translation>
    </message>
    <message>
        <source>Another desk cancelled a booking this desk has never seen.</source>
        <translation>다른 컴퓨터에서 이 컴퓨터가 모르는 예약을 취소했습니다.</translation>
    </message>
    <message>
        <source>Another desk recorded an injection of a booking or lot this desk has never seen.</source>
        <translation>다른 컴퓨터에서 이 컴퓨터가 모르는 예약 또는 로트로 접종을 기록했습니다.</translation>
    </message>
    <message>
        <source>Another desk recorded an injection from lot %1, but no lot here holds a dose.</source>
        <translation>다른 컴퓨터에서 로트 %1로 접종을 기록했지만, 이 컴퓨터에는 남은 수량이 있는 로트가 없습니다.</translation>
    </message>
    <message>
        <source>Another desk undid an injection this desk has never seen.</source>
        <translation>다른 컴퓨터에서 이 컴퓨터가 모르는 접종을 취소했습니다.</translation>
    </message>
    <message>
        <source>Lot %1 arrived from another desk with expiry %2; this desk received it with expiry %3. The server keeps the first, so the lot now shows %2.</source>
        <translation>로트 %1이(가) 다른 컴퓨터에서 유효기간 %2(으)로 들어왔습니다. 이 컴퓨터는 유효기간 %3(으)로 입고했습니다. 서버는 먼저 온 것을 유지하므로 이 로트는 이제 %2(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>The server keeps the injection, but no lot here holds the dose it used: check the stock.</source>
        <translation>서버는 접종 기록을 유지하지만, 이 컴퓨터의 어느 로트에도 그 접종에 쓰인 분량이 남아 있지 않습니다. 재고를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>토큰 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The token file %1 belongs to another user. Use a file of your own, or make it yours with: chown %2 %1</source>
        <translation>토큰 파일 %1은(는) 다른 사용자의 파일입니다. 본인의 파일을 사용하거나 다음 명령으로 본인 소유로 바꾸십시오: chown %2 %1</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so its token is not used. Make it private with: chmod 600 %1</source>
        <translation>토큰 파일 %1은(는) 다른 사용자가 읽거나 바꿀 수 있어 그 토큰을 사용하지 않습니다. 다음 명령으로 본인만 쓸 수 있게 하십시오: chmod 600 %1</translation>
    </message>
    <message>
        <source>The file %1 is not a token file of this desk. Choose another file, or delete this one and enroll again.</source>
        <translation>파일 %1은(는) 이 컴퓨터의 토큰 파일이 아닙니다. 다른 파일을 선택하거나, 이 파일을 지우고 다시 등록하십시오.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be written: %2</source>
        <translation>토큰 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The token file %1 cannot be made private.</source>
        <translation>토큰 파일 %1을(를) 본인 전용으로 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be deleted: %2</source>
        <translation>토큰 파일 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>The folder of the token file %1 does not exist or cannot be written.</source>
        <translation>토큰 파일 %1의 폴더가 없거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The token file %1 already holds the token of device %2. Choose another file, or delete this one if that device is gone.</source>
        <translation>토큰 파일 %1에는 이미 기기 %2의 토큰이 있습니다. 다른 파일을 선택하거나, 그 기기를 더 쓰지 않는다면 이 파일을 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address &quot;%1&quot; is not a complete address such as https://server.example:8080.</source>
        <translation>서버 주소 &quot;%1&quot;은(는) https://server.example:8080 과 같은 완전한 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with http:// or https://.</source>
        <translation>서버 주소 &quot;%1&quot;은(는) http:// 또는 https:// 로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no server.</source>
        <translation>서버 주소 &quot;%1&quot;에 서버 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>InjectDialog</name>
    <message>
        <source>Record injection</source>
        <translation>접종 기록</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — 유효기간 %2, 잔여 %n회분</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking:</source>
        <translation>예약:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>로트(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Injected</source>
        <translation>접종 완료(&amp;I)</translation>
    </message>
    <message>
        <source>No lot of this vaccine can be used: every lot is empty or expired.</source>
        <translation>이 백신에는 사용할 수 있는 로트가 없습니다: 모든 로트가 소진되었거나 유효기간이 지났습니다.</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>생년월일:</translation>
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
        <source>%1 is an unknown event type &quot;%2&quot;</source>
        <translation>%1의 이벤트 유형 &quot;%2&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid event: the id must be a UUID and &quot;at&quot; an ISO 8601 time</source>
        <translation>%1은(는) 올바른 이벤트가 아닙니다: id는 UUID, &quot;at&quot;은 ISO 8601 시각이어야 합니다</translation>
    </message>
    <message>
        <source>a batch holds at most %1 events</source>
        <translation>한 번에 최대 %1개의 이벤트만 보낼 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is an unknown status &quot;%2&quot;</source>
        <translation>%1의 상태 &quot;%2&quot;을(를) 알 수 없습니다</translation>
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
        <source>next must be the last entry&apos;s serverSequence</source>
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
        <source>action must be &quot;refill&quot; or &quot;return&quot;</source>
        <translation>action은 &quot;refill&quot; 또는 &quot;return&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>feed goes past grantSequence</source>
        <translation>feed가 grantSequence를 넘어섭니다</translation>
    </message>
    <message>
        <source>requestId must be a UUID</source>
        <translation>requestId는 UUID여야 합니다</translation>
    </message>
    <message>
        <source>deviceName must be printable text: no line breaks, tabs or other control characters</source>
        <translation>deviceName은 출력 가능한 텍스트여야 합니다. 줄바꿈, 탭 등 제어 문자는 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>시스템 키체인이 %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available here (%1). Start one (GNOME Keyring or KWallet) or choose a token file.</source>
        <translation>이 컴퓨터에는 사용할 수 있는 시스템 키체인이 없습니다(%1). 키체인(GNOME Keyring 또는 KWallet)을 시작하거나 토큰 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again, or choose a token file.</source>
        <translation>시스템 키체인이 접근을 거부했습니다(%1). 잠금을 해제하고 다시 시도하거나 토큰 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used here (%1). Start and unlock one (GNOME Keyring or KWallet), or choose a token file.</source>
        <translation>이 컴퓨터에서는 시스템 키체인을 사용할 수 없습니다(%1). 키체인(GNOME Keyring 또는 KWallet)을 시작하고 잠금을 해제하거나 토큰 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>The system keychain does not keep what is written to it.</source>
        <translation>시스템 키체인이 저장한 내용을 보관하지 않습니다.</translation>
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
        <translation>
            <numerusform>%n일 이내 만료</numerusform>
        </translation>
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
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Anticorona — %1</source>
        <translation>Anticorona — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
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
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>About Anticorona</source>
        <translation>Anticorona 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anticorona %1&lt;/b&gt;&lt;p&gt;The vaccination desk: bookings, stock and injections, working with or without the network.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Anticorona %1&lt;/b&gt;&lt;p&gt;예방접종 접수·접종 프로그램: 네트워크 연결과 관계없이 예약, 재고, 접종을 관리합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘 접종</translation>
    </message>
    <message>
        <source>Stock and lots</source>
        <translation>재고 및 로트</translation>
    </message>
    <message>
        <source>Staff and audit</source>
        <translation>직원 및 감사 기록</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>&amp;Injections</source>
        <translation>접종(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>화면 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the screen until someone signs in again</source>
        <translation>다시 로그인할 때까지 화면을 가립니다</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Anticorona</source>
        <translation>Anticorona 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The desk is locked. Sign in to go on.</source>
        <translation>화면이 잠겨 있습니다. 계속하려면 로그인하십시오.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>로그인: %1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>In every form, Enter confirms and Escape cancels. Alt with an underlined letter jumps to that field.</source>
        <translation>모든 입력 창에서 Enter는 확인, Esc는 취소입니다. Alt와 괄호 안의 밑줄 친 글자를 누르면 해당 항목으로 이동합니다.</translation>
    </message>
    <message>
        <source>&amp;Fit columns to contents</source>
        <translation>열 너비 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Widen or narrow the table&apos;s columns to what they show</source>
        <translation>표의 열 너비를 내용에 맞게 조정합니다</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>설정은 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
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
    <name>PayloadSchema</name>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1이(가) %2자보다 깁니다</translation>
    </message>
    <message>
        <source>%1 names more than %2 lots</source>
        <translation>%1에 로트가 %2개보다 많습니다</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1은(는) 객체여야 합니다</translation>
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
        <translation>
            <numerusform>데이터베이스에 문제가 %n건 있습니다.</numerusform>
        </translation>
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
        <translation>
            <numerusform>%1 (재고 %n)</numerusform>
        </translation>
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
        <source>The phone number &quot;%1&quot; is not valid: use 8 to 15 digits, optionally with dashes.</source>
        <translation>전화번호 &quot;%1&quot;이(가) 올바르지 않습니다: 8~15자리 숫자로 입력하십시오(대시 사용 가능).</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>수량은 1 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot;은(는) 올바른 날짜가 아닙니다: YYYY-MM-DD 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time: use YYYY-MM-DDTHH:MM.</source>
        <translation>&quot;%1&quot;은(는) 올바른 일시가 아닙니다: YYYY-MM-DDTHH:MM 형식으로 입력하십시오.</translation>
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
        <translation>이 예약은 &apos;%1&apos; 상태입니다: 예약됨 상태의 예약만 변경할 수 있습니다.</translation>
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
        <translation>이 컴퓨터에는 이 백신을 예약할 권한(수량)이 없습니다. 먼저 서버에서 권한을 받아야 합니다.</translation>
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
    <message>
        <source>You may not do this: it needs the role %1.</source>
        <translation>이 작업을 할 수 없습니다: %1 역할이 필요합니다.</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>비밀번호를 너무 많이 틀렸습니다: %1까지 계정이 잠깁니다.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask an administrator.</source>
        <translation>비활성화된 계정입니다. 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>사용자 이름 &quot;%1&quot;이(가) 올바르지 않습니다: 영문자, 숫자, 마침표, 대시, 밑줄로 3~32자를 입력하십시오.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>사용자 이름 %1은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>직원 계정 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of roles: use admin, vaccines, reception, injection.</source>
        <translation>&quot;%1&quot;은(는) 역할 목록이 아닙니다: admin, vaccines, reception, injection 중에서 지정하십시오.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>마지막 남은 활성 관리자입니다. 먼저 다른 관리자를 만드십시오.</translation>
    </message>
    <message>
        <source>The clinic name is empty.</source>
        <translation>접종소 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This clinic is already set up; an administrator adds the other staff.</source>
        <translation>이 접종소는 이미 설정되었습니다. 다른 직원은 관리자가 추가합니다.</translation>
    </message>
    <message>
        <source>Booking %1 has no injection to undo.</source>
        <translation>예약 %1에는 취소할 접종 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The injection was recorded on %1; only an injection made today can be undone.</source>
        <translation>이 접종은 %1에 기록되었습니다. 오늘 기록한 접종만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>This injection was made for a booking of another desk (surety or override) and cannot be undone here.</source>
        <translation>이 접종은 다른 컴퓨터의 예약에 대해 기록된 것(보증 또는 초과 기록)이므로 여기에서 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>A vaccine&apos;s stock cannot go past %1 doses: this lot can add at most %2 more.</source>
        <translation>한 백신의 재고는 %1회분을 넘을 수 없습니다. 이 로트로는 최대 %2회분만 더 입고할 수 있습니다.</translation>
    </message>
    <message>
        <source>The manufacturer is longer than %1 characters.</source>
        <translation>제조사가 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>The lot number is longer than %1 characters.</source>
        <translation>로트 번호가 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>사유가 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>There is no open conflict %1; it may have been resolved already.</source>
        <translation>미해결 충돌 %1번이 없습니다. 이미 해결되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The injection of booking %1 was undone, and the undo is waiting for the server: sync, then try again.</source>
        <translation>예약 %1의 접종 기록을 취소했으며, 그 취소가 서버의 응답을 기다리고 있습니다. 동기화한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Lot %1 holds only %2 doses; write off at most that many from it.</source>
        <translation>로트 %1에는 %2회분만 남아 있습니다. 그 이하로만 폐기할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>RightsController</name>
    <message>
        <source>This request is for site %1; this device belongs to site %2.</source>
        <translation>이 요청은 사이트 %1에 대한 것입니다. 이 기기는 사이트 %2에 속합니다.</translation>
    </message>
    <message>
        <source>The server has applied %1 of this device&apos;s events, not yet the %2 this return waits for; push them and send the same request again.</source>
        <translation>서버는 이 기기의 이벤트 중 %1개를 반영했으며, 이 반납에 필요한 %2개에는 아직 이르지 않았습니다. 이벤트를 보낸 뒤 같은 요청을 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The request id %1 was answered before for a different request.</source>
        <translation>요청 ID %1은(는) 이미 다른 요청에 대해 응답되었습니다.</translation>
    </message>
    <message>
        <source>feedCursor %1 is beyond the server&apos;s last sequence %2.</source>
        <translation>feedCursor %1은(는) 서버의 마지막 순번 %2보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>RightsKeeper</name>
    <message>
        <source>The server&apos;s answer to a rights request did not match it; the desk will send it again.</source>
        <translation>권한 요청에 대한 서버의 응답이 요청과 맞지 않습니다. 같은 요청을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The server refused the desk&apos;s rights request (%1); no rights moved. Please report this to your administrator.</source>
        <translation>서버가 컴퓨터의 권한 요청을 거부했습니다(%1). 권한은 옮겨지지 않았습니다. 관리자에게 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>vaccine manager</source>
        <translation>백신 관리자</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>injection staff</source>
        <translation>접종 담당자</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Local clinic</source>
        <translation>우리 접종소</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8080.</source>
        <translation>--listen에는 HOST:PORT가 필요합니다 (예: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not a port number (0-65535).</source>
        <translation>--listen: &quot;%1&quot;은(는) 포트 번호(0-65535)가 아닙니다.</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address.</source>
        <translation>--listen: &quot;%1&quot;은(는) IP 주소가 아닙니다.</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;.</translation>
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
        <translation>--database FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Usage: anticorona-server --database FILE [--config FILE] COMMAND
Commands:
  site add NAME                        create a site; prints its id last
  enroll --site SITE [--expires HOURS] make a one-time enrollment code (default 24 hours); prints it last
  device list                          list enrolled devices
  device revoke DEVICE_ID              revoke a device: its token stops working at once
  serve [--listen HOST:PORT]           serve protocol v1 (default 127.0.0.1:8080)
  verify [--json]                      check the file and the escrow invariants of docs/protocol.md;
                                       exit 0 when all hold, 5 when one does not
  help                                 show this text
</source>
        <translation>사용법: anticorona-server --database FILE [--config FILE] 명령
명령:
  site add NAME                        사이트를 만들고 마지막 줄에 ID를 출력
  enroll --site SITE [--expires HOURS] 일회용 등록 코드를 만들고(기본 24시간) 마지막 줄에 출력
  device list                          등록된 기기 목록
  device revoke DEVICE_ID              기기 등록 취소: 토큰이 즉시 무효가 됨
  serve [--listen HOST:PORT]           프로토콜 v1 서비스 (기본 127.0.0.1:8080)
  verify [--json]                      파일과 docs/protocol.md의 에스크로 불변식을 검사;
                                       모두 성립하면 0, 하나라도 어긋나면 5로 종료
  help                                 이 도움말 출력
</translation>
    </message>
    <message>
        <source>The option --json takes no value.</source>
        <translation>옵션 --json에는 값을 줄 수 없습니다.</translation>
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
        <source>Created the site &quot;%1&quot;; its id:</source>
        <translation>사이트 &quot;%1&quot;을(를) 만들었습니다. ID:</translation>
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
    <message numerus="yes">
        <source>ok: %n check(s) passed.</source>
        <translation>
            <numerusform>ok: 검사 %n건 모두 통과했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>검사 %n건이 실패했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerVerifier</name>
    <message>
        <source>SQLite&apos;s integrity check could not run: %1</source>
        <translation>SQLite 무결성 검사를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>SQLite 무결성 검사: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 that does not exist.</source>
        <translation>%1의 행이 존재하지 않는 %2의 행을 가리킵니다.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation>%2의 %1번 행이 존재하지 않는 %3의 행을 가리킵니다.</translation>
    </message>
    <message>
        <source>Site %1, vaccine %2</source>
        <translation>사이트 %1, 백신 %2</translation>
    </message>
    <message>
        <source>%1: rights at desks %2 + pool %3 + sureties held %4 make %5, but available %6 + debt %7 make %8.</source>
        <translation>%1: 컴퓨터의 권리 %2 + 풀 %3 + 보유 중인 보증 %4 = %5이지만, 예약 가능 %6 + 부채 %7 = %8입니다.</translation>
    </message>
    <message>
        <source>%1: debt %2 is more than the overrides %3 that may cause it.</source>
        <translation>%1: 부채 %2이(가) 그 원인이 될 수 있는 초과 기록 %3보다 많습니다.</translation>
    </message>
    <message>
        <source>%1: booked %2 is more than on hand %3 + overrides %4.</source>
        <translation>%1: 예약 %2이(가) 재고 %3 + 초과 기록 %4보다 많습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Lock the desk &amp;after:</source>
        <translation>자동 잠금 시간(&amp;A):</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Only an administrator can connect this desk to a server.</source>
        <translation>관리자만 이 컴퓨터를 서버에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not connected to a server: this desk works alone.</source>
        <translation>서버에 연결되지 않음: 이 컴퓨터는 단독으로 작동합니다.</translation>
    </message>
    <message>
        <source>C&amp;onnect to a server...</source>
        <translation>서버에 연결(&amp;O)...</translation>
    </message>
    <message>
        <source>Server &amp;details...</source>
        <translation>서버 정보(&amp;D)...</translation>
    </message>
    <message>
        <source>Rights this desk keeps for booking</source>
        <translation>이 컴퓨터가 예약용으로 보유할 권한</translation>
    </message>
    <message>
        <source>With a server, this desk holds rights to book each vaccine. Below the low mark it asks the server for more, up to the high mark; above the high mark it gives the rest back for the other desks. Automatic: set from this desk&apos;s bookings for today and tomorrow.</source>
        <translation>서버에 연결된 컴퓨터는 백신마다 예약 권한을 보유합니다. 보유 권한이 하한보다 적으면 서버에 상한까지 더 요청하고, 상한보다 많으면 남는 권한을 다른 컴퓨터가 쓸 수 있도록 돌려줍니다. 자동: 이 컴퓨터의 오늘과 내일 예약 수에 따라 정해집니다.</translation>
    </message>
    <message>
        <source>Only a vaccine manager or an administrator can change these.</source>
        <translation>백신 관리자 또는 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Low mark</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>High mark</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Empty: no MyPage link on slips</source>
        <translation>비워 두면 예약증에 MyPage 링크가 없습니다</translation>
    </message>
    <message>
        <source>Empty: the sync server, %1</source>
        <translation>비워 두면 동기화 서버 주소(%1)를 씁니다</translation>
    </message>
    <message>
        <source>%1
Token kept in: %2</source>
        <translation>%1
토큰 보관 위치: %2</translation>
    </message>
    <message>
        <source>&amp;MyPage address (on slips):</source>
        <translation>MyPage 주소(예약증용)(&amp;M):</translation>
    </message>
    <message>
        <source>Sync server:</source>
        <translation>동기화 서버:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>기본 언어(&amp;L):</translation>
    </message>
    <message>
        <source>For the sign-in, and for staff who have not chosen their own language in View &gt; Language.</source>
        <translation>로그인 화면, 그리고 보기 &gt; 언어에서 자기 언어를 고르지 않은 직원에게 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Anticorona</source>
        <translation>Anticorona 설정</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>접종소 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Welcome to Anticorona</source>
        <translation>Anticorona에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>This desk has no clinic yet. Name it: the name appears on every booking slip.</source>
        <translation>이 컴퓨터에는 아직 접종소가 없습니다. 접종소 이름을 입력하십시오. 이 이름은 모든 예약증에 표시됩니다.</translation>
    </message>
    <message>
        <source>e.g. Mapo-gu Vaccination Centre</source>
        <translation>예: 마포구 예방접종센터</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>3 to 32 letters, digits, dots, dashes</source>
        <translation>영문자, 숫자, 마침표, 대시 3~32자</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>Also work as &amp;vaccine manager, reception and injection staff</source>
        <translation>백신 관리, 접수, 접종 업무도 함께 담당(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>성명(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>접종소 이름(&amp;C):</translation>
    </message>
    <message>
        <source>The administrator creates the other staff accounts and reads the audit trail. The password itself is never stored, only a scrambled form of it that cannot be turned back into the password.</source>
        <translation>관리자는 다른 직원 계정을 만들고 감사 기록을 봅니다. 비밀번호는 그대로 저장하지 않고, 비밀번호로 되돌릴 수 없게 바꾼 형태로만 저장합니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutNotices</name>
    <message>
        <source>%1 works on the %2 page (%3).</source>
        <translation>%1은(는) %2 페이지에서 쓸 수 있습니다(%3).</translation>
    </message>
    <message>
        <source>%1 cannot be used now.</source>
        <translation>지금은 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs the %2 role.</source>
        <translation>%1에는 %2 역할이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Anticorona</source>
        <translation>로그인 — Anticorona</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;The desk is locked. Sign in to go on.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;화면이 잠겨 있습니다. 계속하려면 로그인하십시오.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;Sign in with your staff account.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;직원 계정으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit Anticorona</source>
        <translation>Anticorona 끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Booking slip</source>
        <translation>예약증</translation>
    </message>
    <message>
        <source>booking-%1.pdf</source>
        <translation>booking-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>예약증을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>예약 %1</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>예약증을 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
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
    <message>
        <source>Event sequence %1 is too far after %2, the last one recorded for this device; send the events in between first.</source>
        <translation>이벤트 순번 %1은(는) 이 기기에 대해 마지막으로 기록된 %2보다 너무 뒤입니다. 그 사이의 이벤트를 먼저 보내십시오.</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>USERNAME</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>STAFF</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Only the newest %1 lines are shown; narrow the search to see the others.
</source>
        <translation>최근 %1줄만 표시했습니다. 나머지를 보려면 검색 조건을 좁히십시오.
</translation>
    </message>
    <message>
        <source>Staff account %1 added.</source>
        <translation>직원 계정 %1을(를) 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>%1의 역할 변경</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1의 새 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>성명(&amp;F):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>계정에 역할을 하나 이상 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1까지 잠김</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <source>All vaccines</source>
        <translation>모든 백신</translation>
    </message>
    <message>
        <source>Booked so far</source>
        <translation>누적 예약</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>당일 예약</translation>
    </message>
    <message>
        <source>The next %1 days for:</source>
        <translation>앞으로 %1일, 대상:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day under the stock chart</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Doses left after the bookings so far</source>
        <translation>누적 예약 후 남는 수량</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Register &amp;vaccine…</source>
        <translation>백신 등록(&amp;V)…</translation>
    </message>
    <message>
        <source>Add a vaccine to the catalogue</source>
        <translation>백신 목록에 백신을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation>재고 입고(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive a lot: lot number, expiry and quantity</source>
        <translation>로트를 입고합니다: 로트 번호, 유효기간, 수량</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>폐기(&amp;W)…</translation>
    </message>
    <message>
        <source>Write off wasted or expired doses, with a reason</source>
        <translation>손상되었거나 유효기간이 지난 수량을 사유와 함께 폐기합니다</translation>
    </message>
    <message>
        <source>S&amp;tock per vaccine</source>
        <translation>백신별 재고(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>로트(&amp;L)</translation>
    </message>
    <message>
        <source>Lots in red have expired; lots in amber expire within 30 days. Injections take the earliest expiry that has not expired.</source>
        <translation>빨간색 로트는 유효기간이 지났고, 주황색 로트는 30일 이내에 만료됩니다. 접종에는 유효기간이 남은 로트 중 가장 먼저 만료되는 로트가 사용됩니다.</translation>
    </message>
    <message>
        <source>Vaccine %1 registered.</source>
        <translation>백신 %1이(가) 등록되었습니다.</translation>
    </message>
    <message>
        <source>Stock received.</source>
        <translation>재고가 입고되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of %1 written off from lot %2: %3.</source>
        <translation>
            <numerusform>%1 %n회분을 로트 %2에서 폐기했습니다. 사유: %3.</numerusform>
        </translation>
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
    <name>StoreError</name>
    <message>
        <source>The desk could not read or save its data. Try again; if it keeps happening, ask your administrator to check the desk&apos;s disk.</source>
        <translation>데스크가 데이터를 읽거나 저장하지 못했습니다. 다시 시도하고, 계속되면 관리자에게 데스크의 디스크 점검을 요청하세요.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Enrolled with %1 as device %2 of site %3; the token is in %4.</source>
        <translation>%1에 접종소 %3의 기기 %2(으)로 등록했습니다. 토큰은 %4에 있습니다.</translation>
    </message>
    <message>
        <source>This desk is standalone: it has no server to sync with.</source>
        <translation>이 컴퓨터는 단독 컴퓨터입니다: 동기화할 서버가 없습니다.</translation>
    </message>
    <message>
        <source>The desk&apos;s token cannot be read from %1: %2</source>
        <translation>컴퓨터의 토큰을 %1에서 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The desk&apos;s token is not in %1. Enroll a new database file with a new code.</source>
        <translation>컴퓨터의 토큰이 %1에 없습니다. 새 코드로 새 데이터베이스 파일을 등록하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); each is a conflict now (anticorona-cli conflicts).</source>
        <translation>
            <numerusform>서버가 변경 %n개를 거부했습니다. 각각 충돌로 기록되었습니다 (anticorona-cli conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>보낼 변경 %n개가 아직 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2 change(s) sent, %3 received; nothing is waiting.</source>
        <translation>%1와(과) 동기화했습니다: 변경 %2개를 보내고 %3개를 받았습니다. 대기 중인 변경은 없습니다.</translation>
    </message>
    <message>
        <source>Standalone: no server; this desk owns all rights.
</source>
        <translation>단독 컴퓨터: 서버가 없으며 이 컴퓨터가 모든 권한을 가집니다.
</translation>
    </message>
    <message>
        <source>Server: %1 (device %2; the token is in %3)
</source>
        <translation>서버: %1 (기기 %2, 토큰 위치: %3)
</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1
</source>
        <translation>보낼 변경 대기: %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>마지막 동기화: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Open conflicts: %1
</source>
        <translation>미해결 충돌: %1
</translation>
    </message>
    <message>
        <source>VACCINE</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>SURETIES</source>
        <translation>보증</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>미해결 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>--keep takes ours or theirs, not &quot;%1&quot;.</source>
        <translation>--keep에는 &quot;%1&quot;이(가) 아니라 ours 또는 theirs를 지정하십시오.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 (anticorona-cli conflicts lists them).</source>
        <translation>미해결 충돌 %1이(가) 없습니다 (anticorona-cli conflicts로 목록을 볼 수 있습니다).</translation>
    </message>
    <message>
        <source>Conflict %1 is resolved: %2 kept.</source>
        <translation>충돌 %1을(를) 해결했습니다: %2을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>this desk&apos;s version</source>
        <translation>이 컴퓨터의 내용</translation>
    </message>
    <message>
        <source>the server&apos;s version</source>
        <translation>서버의 내용</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached; the desk keeps working and will send its changes later.</source>
        <translation>서버에 연결할 수 없습니다. 이 컴퓨터는 계속 작동하며 변경 내용은 나중에 보냅니다.</translation>
    </message>
    <message>
        <source>The server is busy; the desk will try again shortly.</source>
        <translation>서버가 바쁩니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the desk will try again later.</source>
        <translation>서버가 응답하지 못했습니다(HTTP %1). 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server no longer accepts this desk: it was removed by an administrator. Nothing on this desk is lost; ask for a new enrollment code.</source>
        <translation>서버가 더 이상 이 컴퓨터를 받지 않습니다. 관리자가 등록을 해제했습니다. 이 컴퓨터의 기록은 하나도 잃지 않았습니다. 새 등록 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>The server does not know this desk; enroll it again.</source>
        <translation>서버가 이 컴퓨터를 알지 못합니다. 다시 등록하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the changes sent; the desk will send them again.</source>
        <translation>서버의 응답이 보낸 변경 내용과 맞지 않습니다. 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The server has newer changes from this desk than the desk itself (was its database restored from a backup?). Please report this.</source>
        <translation>서버에 이 컴퓨터 자신보다 더 새로운 이 컴퓨터의 변경 내용이 있습니다(데이터베이스를 백업에서 복원했나요?). 이 문제를 알려 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s feed did not continue where the desk stopped; the desk will ask again.</source>
        <translation>서버의 변경 목록이 컴퓨터가 멈춘 곳에서 이어지지 않습니다. 다시 요청합니다.</translation>
    </message>
    <message>
        <source>The server refused the desk&apos;s request (%1). Please report this to your administrator.</source>
        <translation>서버가 컴퓨터의 요청을 거부했습니다(%1). 관리자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>The desk&apos;s database could not record this sync; nothing was lost, and the next round tries again.</source>
        <translation>컴퓨터의 데이터베이스가 이번 동기화를 기록하지 못했습니다. 잃어버린 것은 없으며 다음 차례에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this desk and will not take later ones before them. Please report this.</source>
        <translation>서버에 이 데스크의 이전 변경 내용이 없어, 그보다 나중의 변경을 받지 않습니다. 이 문제를 신고해 주십시오.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>This desk works standalone: no server is set, so it owns every dose it books. %n change(s) are kept for when a server is set (Settings).</source>
        <translation>
            <numerusform>이 컴퓨터는 단독으로 작동합니다: 서버가 설정되지 않았으므로 예약하는 모든 수량을 이 컴퓨터가 관리합니다. 변경 사항 %n건은 서버를 설정할 때까지 보관됩니다(설정).</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>보낼 변경 사항 %n건이 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: not yet.</source>
        <translation>마지막 동기화: 아직 없음.</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>마지막 동기화: %1.</translation>
    </message>
    <message>
        <source>Offline since %1; the desk keeps working with the rights it holds.</source>
        <translation>%1부터 오프라인입니다. 이 컴퓨터는 가진 권한으로 계속 작동합니다.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s version</source>
        <translation>이 컴퓨터의 내용 유지</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>서버의 내용 따르기</translation>
    </message>
    <message>
        <source>Why? (kept with the conflict)</source>
        <translation>이유는 무엇입니까? (충돌 기록과 함께 보관됩니다)</translation>
    </message>
    <message>
        <source>Not resolved: a reason is needed.</source>
        <translation>해결하지 않았습니다: 이유가 필요합니다.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>충돌을 해결했습니다.</translation>
    </message>
    <message>
        <source>That conflict was resolved already.</source>
        <translation>그 충돌은 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>지금 동기화(&amp;N)</translation>
    </message>
    <message>
        <source>Sync now (%1)</source>
        <translation>지금 동기화 (%1)</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Rights held</source>
        <translation>보유 권한</translation>
    </message>
    <message>
        <source>Sureties not yet settled</source>
        <translation>정산되지 않은 보증</translation>
    </message>
    <message>
        <source>&amp;Conflicts to resolve:</source>
        <translation>해결할 충돌(&amp;C):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Keep ours...</source>
        <translation>이쪽 유지(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Take theirs...</source>
        <translation>서버 쪽 따르기(&amp;T)...</translation>
    </message>
    <message>
        <source>This desk works standalone: there is no server to sync with until one is set in Settings.</source>
        <translation>이 컴퓨터는 단독으로 작동합니다. 설정에서 서버를 지정하기 전에는 동기화할 서버가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync cannot open the desk&apos;s database: %1</source>
        <translation>동기화가 컴퓨터의 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This desk has no token for its server (%1); enroll it again in Settings.</source>
        <translation>이 컴퓨터에는 서버용 토큰이 없습니다(%1). 설정에서 다시 등록하세요.</translation>
    </message>
    <message>
        <source>The server is busy; the desk will try again shortly.</source>
        <translation>서버가 바쁩니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the desk will try again later.</source>
        <translation>서버가 응답하지 못했습니다(HTTP %1). 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the desk keeps working and will send its changes later.</source>
        <translation>서버에 연결할 수 없습니다. 이 컴퓨터는 계속 작동하며 변경 내용은 나중에 보냅니다.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Standalone (not connected to a server)</source>
        <translation>단독 작동 (서버에 연결되지 않음)</translation>
    </message>
    <message>
        <source>Stopped: this desk was removed from the server</source>
        <translation>중지됨: 이 컴퓨터는 서버에서 등록 해제되었습니다</translation>
    </message>
    <message>
        <source>Stopped: this desk is not enrolled with its server</source>
        <translation>중지됨: 이 컴퓨터는 서버에 등록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>동기화 중 %2건 중 %1건</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>동기화 중...</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1, %n change(s) waiting</source>
        <translation>
            <numerusform>%1부터 오프라인, 변경 사항 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>; availability as of %1</source>
        <translation>; 예약 가능 수량은 %1 기준</translation>
    </message>
    <message>
        <source>Not synced this time; the desk will try again (see the Sync page)</source>
        <translation>이번에는 동기화하지 못했습니다. 다시 시도합니다 (동기화 페이지 참조)</translation>
    </message>
    <message numerus="yes">
        <source>Online, %n change(s) waiting</source>
        <translation>
            <numerusform>온라인, 변경 사항 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message numerus="yes">
        <source>Syncing, %Ln change(s) received</source>
        <translation>
            <numerusform>동기화 중, 변경 %Ln건 받음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Mark &amp;injected…</source>
        <translation>접종 완료 기록(&amp;I)…</translation>
    </message>
    <message>
        <source>Record that the selected customer was vaccinated, with the lot used</source>
        <translation>선택한 고객의 접종 완료를 사용한 로트와 함께 기록합니다</translation>
    </message>
    <message>
        <source>&amp;Undo injection</source>
        <translation>접종 기록 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Take back a mistaken injection recorded today; the dose returns to its lot</source>
        <translation>오늘 잘못 기록한 접종을 취소합니다. 수량은 로트로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>%1 waiting, %2 injected</source>
        <translation>대기 %1명, 접종 완료 %2명</translation>
    </message>
    <message>
        <source>%1 injected from lot %2.</source>
        <translation>%1 접종 완료 (로트 %2).</translation>
    </message>
    <message>
        <source>Undo injection</source>
        <translation>접종 기록 취소</translation>
    </message>
    <message>
        <source>Undo the injection of %1 (%2)? The dose goes back to its lot and the booking is open again. The first record stays in the history.</source>
        <translation>%1 님(%2)의 접종 기록을 취소하시겠습니까? 수량은 로트로 돌아가고 예약은 다시 예약됨 상태가 됩니다. 처음 기록은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Injection not undone</source>
        <translation>접종 기록을 취소하지 못했습니다</translation>
    </message>
    <message>
        <source>Injection of %1 undone.</source>
        <translation>%1의 접종 기록을 취소했습니다.</translation>
    </message>
    <message>
        <source>&amp;Find on today&apos;s list</source>
        <translation>오늘 명단에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Find a &amp;person:</source>
        <translation>대상자 찾기(&amp;P):</translation>
    </message>
    <message>
        <source>Part of a name, a booking code or phone digits</source>
        <translation>이름 일부, 예약 코드 또는 전화번호(뒷자리도 가능)</translation>
    </message>
    <message>
        <source>&amp;Waiting only</source>
        <translation>대기자만 보기(&amp;W)</translation>
    </message>
    <message>
        <source>Not today&apos;s booking</source>
        <translation>오늘 예약이 아닙니다</translation>
    </message>
    <message>
        <source>The booking of %1 (%2) is for %3, not today.</source>
        <translation>%1 님의 예약(%2)은 오늘이 아닌 %3 예약입니다.</translation>
    </message>
    <message>
        <source>Record the injection today all the same?</source>
        <translation>그래도 오늘 접종한 것으로 기록하시겠습니까?</translation>
    </message>
    <message>
        <source>Select a person on the list first: find them (Ctrl+F), then Down goes into the list.</source>
        <translation>먼저 목록에서 사람을 선택하세요. 찾은 다음(Ctrl+F) 아래 화살표로 목록에 들어갑니다.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only a booking still waiting can be marked injected.</source>
        <translation>예약 %1은(는) %2 상태입니다. 아직 기다리는 예약만 접종 완료로 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Booking %1 is %2: only an injection can be undone.</source>
        <translation>예약 %1은(는) %2 상태입니다. 접종 기록만 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
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
        <source>a booking&apos;s state does not match its events</source>
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
        <source>check &quot;%1&quot; could not run: %2</source>
        <translation>검사 &quot;%1&quot;을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a rejected booking has no conflict</source>
        <translation>거부된 예약에 충돌 기록이 없습니다</translation>
    </message>
    <message>
        <source>the feed cursor is behind an applied feed entry</source>
        <translation>피드 커서가 적용된 피드 항목보다 뒤에 있습니다</translation>
    </message>
    <message>
        <source>the overrides counter does not match the override injections</source>
        <translation>초과 기록 카운터가 초과 기록된 접종 수와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the acknowledged prefix is past the last event</source>
        <translation>서버가 확인한 범위가 마지막 이벤트를 넘어섭니다</translation>
    </message>
    <message>
        <source>a rights request reports more than the desk had</source>
        <translation>권한 요청이 컴퓨터가 가진 것보다 많은 내용을 보고합니다</translation>
    </message>
    <message>
        <source>booked %1 &gt; on hand %2 + overrides %3</source>
        <translation>예약 %1 &gt; 재고 %2 + 초과 기록 %3</translation>
    </message>
    <message>
        <source>%1 counted, %2 override injections</source>
        <translation>카운터 %1, 초과 기록 접종 %2건</translation>
    </message>
    <message>
        <source>%1 counted, %2 booked</source>
        <translation>카운터 %1, 예약 %2건</translation>
    </message>
    <message>
        <source>%1 counted, %2 in lots</source>
        <translation>카운터 %1, 로트 잔량 %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 events, last %2</source>
        <translation>이벤트 %1건, 마지막 순번 %2</translation>
    </message>
    <message>
        <source>%1 bookings, %2 Booked events</source>
        <translation>예약 %1건, 예약 이벤트 %2건</translation>
    </message>
    <message>
        <source>%1 on hand, events give %2</source>
        <translation>재고 %1, 이벤트 합계 %2</translation>
    </message>
    <message>
        <source>%1 booked, events give %2</source>
        <translation>예약 %1, 이벤트 합계 %2</translation>
    </message>
    <message>
        <source>%1 stored, %2 from events</source>
        <translation>저장된 상태 %1, 이벤트로 계산한 상태 %2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>cursor %1, entry %2</source>
        <translation>커서 %1, 항목 %2</translation>
    </message>
    <message>
        <source>acknowledged %1, last event %2</source>
        <translation>확인된 순번 %1, 마지막 이벤트 %2</translation>
    </message>
    <message>
        <source>events %1, cursor %2</source>
        <translation>이벤트 %1건, 커서 %2</translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message numerus="yes">
        <source>Received %n dose(s) in lot %1.</source>
        <translation>
            <numerusform>로트 %1에 %n회분을 입고했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote off %n dose(s).</source>
        <translation>
            <numerusform>%n회분을 폐기했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 is cancelled.</source>
        <translation>예약 %1이(가) 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The demo clinic has %n new booking(s).</source>
        <translation>
            <numerusform>데모 접종소에 새 예약 %n건이 생겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The injection of booking %1 is undone; the dose is back in lot %2.</source>
        <translation>예약 %1의 접종 기록을 취소했습니다. 수량이 로트 %2(으)로 돌아갔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote off %n dose(s) from lot %1.</source>
        <translation>
            <numerusform>로트 %1에서 %n회분을 폐기했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off doses</source>
        <translation>수량 폐기</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>유효기간 지남</translation>
    </message>
    <message>
        <source>Broken vial</source>
        <translation>바이알 파손</translation>
    </message>
    <message>
        <source>Temperature excursion</source>
        <translation>온도 이탈</translation>
    </message>
    <message>
        <source>Why the doses are wasted</source>
        <translation>폐기 사유</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>백신(&amp;V):</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>예약 가능:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>수량(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>The vaccines could not be read: %1</source>
        <translation>백신 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n회분</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a vaccine and receive stock first.</source>
        <translation>먼저 백신을 등록하고 재고를 입고하십시오.</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>로트(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — 유효기간 지남 %2, 잔여 %n회분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires %2, %n dose(s) left</source>
        <translation>
            <numerusform>%1 — 유효기간 %2, 잔여 %n회분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write off %n dose(s) of %1 from lot %2?</source>
        <translation>
            <numerusform>%1 %n회분을 로트 %2에서 폐기할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1
A write-off cannot be taken back.</source>
        <translation>사유: %1
폐기는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>No lot of this vaccine has doses left to write off.</source>
        <translation>이 백신에는 폐기할 수량이 남은 로트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Anticorona vaccination desk</source>
        <translation>Anticorona 예방접종</translation>
    </message>
    <message>
        <source>The desk&apos;s database file (created if missing).</source>
        <translation>컴퓨터 데이터베이스 파일 (없으면 새로 만듭니다).</translation>
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
