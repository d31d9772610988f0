// An issue made to stress the table layout: a wide table of long prose next to short numbers, a
// ragged table (rows of different lengths, no header), a header-less key/value table, and a long
// table that must split across pages with its header repeated. Used by tests and the visual proof.
import type { Block, BulletinIssue } from '../model.ts';
import { BULLETIN_PUBLISHER, BULLETIN_TITLE } from '../model.ts';

const table = (title: string, rows: string[][]): Block => ({ kind: 'table', title, rows, line: 0, rowLines: rows.map(() => 0) });

const prose = '인공지능 기초 및 첨단 연구 프로젝트 계획, 미분 방정식 및 기계 학습, 다중 에이전트 협력 학습, 인공지능 체화 로봇(AI-embodied robots) 등 분야 산업 기술 난제 해결';

export function tableStressIssue(): BulletinIssue {
  const wide = table('지역별 수소에너지 장려산업 세부 내용 및 예산', [
    ['번호', '지역', '세부 내용', '예산(억 위안)', '기간'],
    ...Array.from({ length: 6 }, (_, i) => [String(i + 1), ['충칭(重慶)', '쓰촨성(四川省)', '구이저우성(貴州省)', '윈난성(云南省)', '티베트(西藏)', '산시성(陝西省)'][i]!, prose, `${(i + 1) * 120}억`, `'24~'2${6 + (i % 3)}년`]),
  ]);
  const ragged = table('주요 고체 배터리 기업 현황 (원문 표가 깨진 경우)', [
    ['구분', '업체명', '주요내용'],
    ['1', 'CATL(宁德时代)', '황화물 전고체 배터리 연구개발, 2027년 소량 생산 목표', '추가 메모'],
    ['2', 'BYD(比亚迪)'],
    ['3', '웨이란(卫蓝) 신에너지', '반고체 배터리 양산, 니오(NIO)에 공급, 에너지 밀도 360Wh/kg 달성'],
    ['4'],
  ]);
  const keyValue = table('사업 개요', [
    ['사업명', '국가 인공지능 혁신 응용 선도구 건설 3개년 계획(2024~2026) 및 후속 지원 사업'],
    ['주관', '공업신식화부(工业和信息化部), 재정부'],
    ['예산', '60억 위안(약 1조 원)'],
  ]);
  const long = table('2024 장강삼각주 도시별 특허 기술이전 건수', [
    ['순위', '도시', '기술이전 건수', '전년 대비', '주요 분야'],
    ...Array.from({ length: 48 }, (_, i) => [String(i + 1), `도시${i + 1}`, `${(9000 - i * 150).toLocaleString('en-US')}건`, `${(i % 7) - 3}%`, i % 2 ? '차세대 정보기술, 바이오' : '신소재, 에너지절감·환경보호']),
  ]);
  return {
    title: BULLETIN_TITLE,
    date: '2024-07-05',
    publisher: BULLETIN_PUBLISHER,
    number: '2024-25',
    summary: [{ text: '표 배치 시험: 넓은 표, 행 길이가 다른 표, 여러 쪽에 걸친 표', line: 0 }],
    sections: [{
      id: 'policy',
      title: '정책동향',
      articles: [
        {
          category: '지역', title: '넓은 표와 깨진 표', lead: { text: '표의 열 너비는 내용으로 정해짐', date: '2024-07-01', line: 0 },
          blocks: [{ kind: 'bullet', depth: 0, text: '각 열은 가장 긴 낱말만큼은 넓고, 남는 폭은 글이 많은 열에 돌아감', line: 0 }, wide, ragged, keyValue],
          references: [], line: 0,
        },
        {
          category: '통계', title: '여러 쪽에 걸친 긴 표', lead: { text: '머리행은 쪽마다 되풀이됨', date: '2024-07-02', line: 0 },
          blocks: [long, { kind: 'source', text: 'https://example.org/stats', line: 0 }],
          references: [], line: 0,
        },
      ],
    }],
    shortItems: [],
    colophon: { organization: 'KOREA-CHINA SCIENCE & TECHNOLOGY COOPERATION CENTER', fields: [{ label: '발행일', value: '2024. 7. 5.' }, { label: '발행기관', value: BULLETIN_PUBLISHER }], url: null },
    unplaced: [],
  };
}
