<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>%1 is not an Anticorona database, or it is damaged (%2).</source>
        <translation>%1은(는) Anticorona 데이터베이스가 아니거나 손상되었습니다 (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Anticorona (schema %2; this version knows up to %3). Update Anticorona; the file was not changed.</source>
        <translation>데이터베이스 %1은(는) 더 새로운 버전의 Anticorona에서 작성되었습니다 (스키마 %2, 이 버전은 %3까지 지원). Anticorona를 업데이트하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스입니다.</translation>
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
</TS>
