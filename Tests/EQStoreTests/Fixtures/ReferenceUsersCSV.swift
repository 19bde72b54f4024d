/// A copy of the reference dataset's users.csv (2,000 users with commas, quotes and non-ASCII letters in
/// names, empty scores, never-logged-in users), kept as a Swift literal because the test target declares
/// no resources and tests must not read ../shared.
let referenceUsersCSV = #"""
id,name,email,role,country,plan,score,joined_at,last_login_at,last_email_at,email_opt_in
1,李雷 Dubois,u1.dubois1@EXAMPLE.ORG,alumni,US,free,662,2022-03-11,2022-03-12 00:00:00,2024-05-01 12:15:23,true
2,O'Brien Smith,o'brien.smith2@example.com,alumni,US,pro,15,2023-12-31,2024-04-25 23:59:59,2023-12-25 04:32:16,false
3,Jean-Luc Rossi,jean-luc.rossi3@uni.edu,student,US,free,693,2024-03-31,2024-06-26 00:00:00,2024-05-19 14:43:45,false
4,Björn Singh,bjrn.singh4@uni.edu,employer,US,free,775,2022-12-01,2022-12-28 23:59:59,,true
5,Sara Papadopoulos,sara.papadopoulos5@uni.edu,staff,DE,enterprise,791,2022-10-06,2024-06-30 00:00:00,,true
6,Björn Dubois,bjrn.dubois6@mail.test,alumni,DE,free,298,2024-01-20,2024-06-29 23:59:59,2024-06-07 13:45:27,true
7,Omar Müller,omar.mller7@mail.test,student,US,pro,195,2022-11-22,2024-06-24 00:00:00,,true
8,李雷 Johansson,u8.johansson8@uni.edu,staff,US,free,571,2023-04-25,2024-06-23 23:59:59,2023-12-21 19:03:15,true
9,Sara Müller,sara.mller9@example.org,student,US,free,842,2024-04-15,2024-06-17 00:00:00,,true
10,Hannah Brown,hannah.brown10@EXAMPLE.ORG,alumni,IN,free,290,2022-09-18,2024-06-16 23:59:59,,true
11,Hannah Kowalski,hannah.kowalski11@uni.edu,employer,US,free,3,2023-09-18,2024-06-10 00:00:00,2024-05-08 23:47:08,true
12,Zoë Brown,zo.brown12@example.org,alumni,AU,pro,305,2023-02-20,2024-06-09 23:59:59,2024-01-04 05:04:24,true
13,Jean-Luc Müller,jean-luc.mller13@EXAMPLE.ORG,alumni,IN,free,514,2022-02-06,2024-06-01 00:00:00,2024-06-27 17:45:43,true
14,Zoë García,zo.garca14@example.com,student,US,free,354,2022-10-23,2024-05-31 23:59:59,2024-04-17 07:28:05,true
15,Ève Brown,ve.brown15@EXAMPLE.ORG,student,US,free,861,2022-09-02,2024-05-17 00:00:00,2024-05-23 11:31:58,true
16,李雷 Papadopoulos,u16.papadopoulos16@example.org,staff,US,free,389,2023-12-18,2024-05-16 23:59:59,2024-04-17 22:59:26,true
17,Fatima Tanaka,fatima.tanaka17@EXAMPLE.ORG,student,US,enterprise,740,2024-01-18,2024-05-15 00:00:00,2023-12-18 01:54:37,true
18,Joanna O'Neil,joanna.o'neil18@uni.edu,student,US,pro,904,2023-07-06,2024-04-02 23:59:59,2024-04-30 03:11:40,false
19,Zoë Papadopoulos,zo.papadopoulos19@mail.test,alumni,IN,enterprise,585,2022-07-29,2024-04-01 00:00:00,2024-02-17 15:10:17,false
20,Fatima Müller,fatima.mller20@example.com,alumni,ES,free,557,2022-12-27,2024-03-31 23:59:59,2023-12-21 11:06:14,true
21,Yuki Müller,yuki.mller21@EXAMPLE.ORG,student,GB,free,791,2024-03-01,2024-07-01 00:00:00,,true
22,José Smith,jos.smith22@example.com,student,IN,free,752,2022-03-27,,2024-05-25 02:02:30,true
23,Diego Singh,diego.singh23@uni.edu,student,FR,free,596,2024-01-23,,2024-06-19 10:25:32,true
24,Ravi Brown,ravi.brown24@example.org,alumni,NG,free,871,2023-05-20,2024-04-22 23:59:59,2024-03-13 22:16:24,true
25,Hannah Tanaka,hannah.tanaka25@mail.test,alumni,MX,free,775,2022-12-07,2022-12-24 00:00:00,2024-01-29 21:47:15,true
26,Tom García,tom.garca26@EXAMPLE.ORG,employer,CA,free,584,2023-05-30,2024-06-18 23:59:59,2024-01-03 11:25:07,true
27,Ann-Marie Dubois,ann-marie.dubois27@example.org,employer,BR,free,977,2021-11-23,2024-05-10 00:00:00,,true
28,Anna Tanaka,anna.tanaka28@uni.edu,alumni,FR,pro,132,2023-02-13,2024-06-04 23:59:59,2024-02-26 10:26:10,true
29,Ravi Rossi,ravi.rossi29@mail.test,student,CA,free,511,2023-01-30,2024-04-11 00:00:00,2024-05-30 01:37:36,true
30,Ravi Smith,ravi.smith30@example.com,student,GB,free,113,2023-08-10,2024-06-24 23:59:59,2024-05-21 15:51:12,true
31,Jean-Luc Tanaka,jean-luc.tanaka31@mail.test,student,FR,free,177,2024-02-02,2024-04-06 00:00:00,2023-12-22 11:40:58,true
32,Hannah O'Neil,hannah.o'neil32@mail.test,student,FR,free,524,2023-03-21,2024-05-22 23:59:59,2024-04-13 20:49:16,false
33,Chidi Müller,chidi.mller33@example.com,student,US,free,361,2024-05-03,2024-06-01 00:00:00,2024-03-28 22:59:46,true
34,Zoë Nguyen,zo.nguyen34@example.org,employer,IN,free,324,2023-07-13,2024-04-19 23:59:59,,false
35,Jean-Luc O'Neil,jean-luc.o'neil35@mail.test,student,DE,free,692,2024-04-03,2024-04-06 00:00:00,,true
36,Björn Kowalski,bjrn.kowalski36@EXAMPLE.ORG,student,US,pro,563,2022-07-02,2023-05-24 23:59:59,,true
37,Joanna Rossi,joanna.rossi37@example.com,admin,GB,free,481,2022-05-28,2022-06-12 00:00:00,2024-03-26 03:01:45,true
38,Hannah Nguyen,hannah.nguyen38@uni.edu,alumni,US,free,409,2024-04-09,2024-04-24 23:59:59,2024-06-14 21:47:32,true
39,Li Müller,li.mller39@uni.edu,student,BR,free,903,2024-03-04,2024-05-01 00:00:00,2024-04-24 17:34:02,true
40,Ann-Marie García,ann-marie.garca40@example.com,student,DE,pro,362,2023-04-05,2023-04-22 00:22:57,2024-03-18 13:49:01,false
41,Tom Müller,tom.mller41@EXAMPLE.ORG,student,JP,pro,908,2023-05-26,2024-06-19 01:51:53,2024-05-26 09:29:00,true
42,Omar Singh,omar.singh42@EXAMPLE.ORG,student,ES,pro,888,2024-05-14,2024-06-18 19:04:36,2024-04-05 14:39:47,false
43,Yuki Okafor,yuki.okafor43@example.org,employer,FR,free,771,2022-05-11,2022-05-12 22:16:30,2024-04-07 22:15:02,true
44,O'Brien Kowalski,o'brien.kowalski44@example.org,student,JP,pro,677,2022-04-29,2022-05-18 21:27:18,,true
45,Sara Kowalski,sara.kowalski45@uni.edu,student,IN,free,400,2022-10-16,2024-05-22 08:38:36,2024-03-07 16:01:42,true
46,Li Tanaka,li.tanaka46@uni.edu,alumni,CA,free,487,2021-11-11,2023-11-04 08:42:44,2024-05-27 07:37:28,false
47,José Rossi,jos.rossi47@example.org,alumni,GB,free,157,2021-11-21,,2024-06-29 11:05:22,false
48,Jean-Luc Müller,jean-luc.mller48@example.org,student,CA,free,492,2024-03-30,2024-04-27 22:22:36,,true
49,Omar Rossi,omar.rossi49@example.com,alumni,FR,free,393,2024-04-25,2024-06-02 07:55:38,2024-01-03 05:39:51,true
50,Tom Tanaka,tom.tanaka50@EXAMPLE.ORG,alumni,DE,free,423,2023-04-13,,2024-03-03 00:47:04,true
51,Ravi Dubois,ravi.dubois51@EXAMPLE.ORG,student,DE,free,114,2023-08-06,2024-05-09 14:04:51,2024-06-02 08:34:07,true
52,Ann Smith,ann.smith52@example.org,alumni,GB,free,924,2022-12-12,2023-07-22 03:20:03,2024-04-23 04:54:45,true
53,Diego Nguyen,diego.nguyen53@mail.test,staff,US,free,,2023-07-31,2024-06-14 03:22:06,2024-04-17 01:55:22,true
54,Ann-Marie Nguyen,ann-marie.nguyen54@example.org,alumni,US,pro,40,2023-07-13,2024-05-30 19:37:14,2024-03-06 05:37:27,false
55,Sara Okafor,sara.okafor55@uni.edu,student,JP,free,898,2023-08-02,2024-06-19 15:15:41,2024-01-07 19:18:39,true
56,李雷 Okafor,u56.okafor56@EXAMPLE.ORG,alumni,JP,free,993,2023-07-28,2024-06-13 09:02:39,2024-04-05 07:58:31,true
57,Ève Kowalski,ve.kowalski57@example.org,student,IN,free,462,2023-12-08,2024-05-27 22:57:36,2024-04-22 23:53:32,true
58,Ève Dubois,ve.dubois58@uni.edu,alumni,CA,free,857,2021-06-24,2024-04-26 04:37:35,2024-04-29 12:14:09,true
59,Tom Smith,tom.smith59@example.com,alumni,US,free,953,2021-10-17,2024-04-08 08:21:38,,true
60,Sara Nguyen,sara.nguyen60@uni.edu,student,DE,pro,482,2023-09-05,2023-09-26 02:07:00,2024-04-06 21:14:39,true
61,Fatima Tanaka,fatima.tanaka61@example.com,admin,US,free,320,2024-03-19,2024-04-14 11:23:20,2024-02-20 16:53:20,false
62,Ann-Marie Johansson,ann-marie.johansson62@mail.test,alumni,CA,pro,169,2021-10-16,2024-05-21 01:57:21,2024-04-12 04:05:52,true
63,Björn Brown,bjrn.brown63@example.org,student,MX,free,766,2021-06-02,2024-06-11 06:02:16,,true
64,Jean-Luc García,jean-luc.garca64@uni.edu,student,GB,free,934,2022-01-04,2024-06-30 06:27:50,2024-02-19 23:53:52,true
65,Omar Johansson,omar.johansson65@uni.edu,student,US,pro,420,2021-03-05,2024-06-20 23:33:23,2024-03-16 02:07:47,true
66,Sara Tanaka,sara.tanaka66@EXAMPLE.ORG,staff,GB,free,271,2024-01-14,,,false
67,Diego Kowalski,diego.kowalski67@example.com,student,FR,free,621,2023-06-23,2024-06-15 15:39:18,2024-01-14 08:23:03,false
68,Ann Nguyen,ann.nguyen68@example.com,student,GB,free,612,2024-03-03,2024-05-27 10:44:42,2024-02-14 16:00:11,true
69,O'Brien Singh,o'brien.singh69@uni.edu,student,US,free,388,2022-08-13,2024-04-07 08:00:28,2024-02-02 10:46:26,true
70,O'Brien Singh,o'brien.singh70@example.com,alumni,DE,free,409,2021-05-14,2024-06-14 19:38:59,2024-05-28 09:42:31,true
71,Zoë Johansson,zo.johansson71@uni.edu,student,US,free,459,2023-02-07,2024-06-11 16:39:01,2024-04-18 05:53:32,false
72,Omar Rossi,omar.rossi72@example.org,student,BR,pro,601,2021-09-19,2024-05-31 08:56:27,2024-01-14 09:14:34,true
73,Anna Singh,anna.singh73@uni.edu,staff,US,free,712,2023-06-21,2024-05-30 18:16:42,2024-04-01 14:01:16,false
74,Ève Nguyen,ve.nguyen74@example.org,student,DE,pro,309,2023-05-04,2023-11-05 00:54:47,,true
75,Ravi Johansson,ravi.johansson75@uni.edu,staff,CA,pro,90,2022-12-13,2024-05-21 11:27:46,2024-05-18 07:41:02,true
76,Chidi Tanaka,chidi.tanaka76@example.com,student,US,enterprise,234,2024-06-07,,2024-06-13 09:25:33,true
77,O'Brien Singh,o'brien.singh77@uni.edu,student,US,pro,913,2024-03-26,2024-05-05 11:28:53,,true
78,Ann Dubois,ann.dubois78@example.org,student,US,free,891,2022-02-22,2022-03-15 17:31:46,2024-02-03 17:44:48,true
79,Yuki Rossi,yuki.rossi79@example.org,staff,JP,free,741,2023-04-19,2024-06-19 07:26:07,2023-12-18 23:32:10,true
80,Tom Singh,tom.singh80@uni.edu,student,US,free,948,2023-11-13,2024-06-10 19:09:38,2024-05-01 07:16:11,true
81,O'Brien Kowalski,o'brien.kowalski81@EXAMPLE.ORG,staff,BR,enterprise,511,2023-05-31,2024-06-05 13:05:24,2024-04-05 08:34:05,true
82,Hannah Tanaka,hannah.tanaka82@mail.test,alumni,DE,free,930,2024-05-18,2024-06-25 22:44:55,2024-05-18 04:39:58,true
83,Fatima Rossi,fatima.rossi83@EXAMPLE.ORG,alumni,US,free,380,2022-09-28,2024-05-21 18:06:40,2023-12-27 15:18:04,true
84,Joanna Kowalski,joanna.kowalski84@example.com,alumni,IN,pro,361,2022-01-02,2024-04-03 11:13:09,,true
85,Mei Smith,mei.smith85@uni.edu,student,US,free,810,2021-05-29,2024-05-15 09:44:09,2024-03-26 23:26:06,true
86,Diego Müller,diego.mller86@example.org,student,GB,free,118,2023-02-22,2024-04-20 10:00:05,,true
87,Li Rossi,li.rossi87@uni.edu,staff,CA,pro,419,2023-03-26,2023-04-14 03:27:54,2024-04-28 07:22:35,true
88,Li Okafor,li.okafor88@example.org,alumni,US,free,502,2022-11-22,2024-06-21 23:06:29,2024-06-24 11:30:27,false
89,Ann-Marie Johansson,ann-marie.johansson89@example.org,staff,US,free,80,2023-02-23,2023-03-07 21:49:48,2024-04-22 04:24:41,true
90,Sara Tanaka,sara.tanaka90@example.org,student,FR,pro,363,2024-01-28,2024-06-18 11:29:00,2024-06-06 17:25:05,true
91,José Dubois,jos.dubois91@mail.test,alumni,GB,free,991,2022-03-28,2023-06-28 01:56:17,,true
92,Ève Johansson,ve.johansson92@mail.test,alumni,JP,free,302,2022-01-31,2022-02-24 02:13:40,2024-03-15 15:27:06,true
93,Omar Okafor,omar.okafor93@EXAMPLE.ORG,student,US,enterprise,843,2023-07-02,2024-04-29 00:18:05,,true
94,Tom Papadopoulos,tom.papadopoulos94@example.org,alumni,GB,pro,181,2021-05-24,2024-04-14 03:18:45,,true
95,Zoë Brown,zo.brown95@example.org,alumni,BR,free,739,2024-05-18,2024-06-24 07:37:57,2024-03-07 10:37:59,true
96,Ravi Johansson,ravi.johansson96@uni.edu,staff,BR,free,737,2024-02-03,2024-05-21 01:48:10,2024-02-22 04:48:14,true
97,"Johansson, Ann-Marie",ann-marie.johansson97@EXAMPLE.ORG,student,MX,pro,244,2021-04-23,2024-06-22 13:02:09,2024-02-27 00:00:28,true
98,Chidi Singh,chidi.singh98@uni.edu,alumni,AU,free,782,2024-05-08,2024-05-25 17:13:44,2024-06-22 15:35:42,false
99,Anna Brown,anna.brown99@mail.test,alumni,US,free,128,2023-11-26,2024-05-17 09:12:56,2024-01-28 19:27:55,true
100,Omar Tanaka,omar.tanaka100@example.org,employer,MX,free,913,2024-03-01,2024-06-02 16:35:18,2024-01-03 15:23:00,true
101,Mei Dubois,mei.dubois101@example.org,student,BR,pro,28,2022-12-12,2023-01-02 20:10:50,2023-12-17 19:31:19,false
102,Yuki Okafor,yuki.okafor102@example.org,alumni,BR,free,14,2022-08-14,2022-09-03 22:52:34,2024-01-09 05:13:36,false
103,Björn Brown,bjrn.brown103@example.com,employer,US,free,31,2023-06-15,2024-05-24 18:16:54,2024-03-11 02:08:29,true
104,Björn García,bjrn.garca104@uni.edu,student,US,enterprise,601,2022-12-13,2024-05-13 05:58:41,,true
105,José Nguyen,jos.nguyen105@uni.edu,student,DE,free,517,2023-03-01,2024-05-22 09:28:07,2023-12-19 04:18:25,true
106,Hannah Papadopoulos,hannah.papadopoulos106@mail.test,student,US,pro,,2022-11-10,2024-06-06 04:31:53,2024-06-03 18:22:23,true
107,Zoë Okafor,zo.okafor107@EXAMPLE.ORG,employer,FR,free,857,2022-01-16,2024-06-08 02:22:02,2024-06-26 11:13:48,true
108,Yuki Smith,yuki.smith108@example.com,employer,AU,free,857,2022-09-22,2024-06-03 03:58:25,2024-02-01 21:17:03,true
109,Zoë García,zo.garca109@example.org,alumni,ES,pro,618,2022-06-20,2024-06-02 23:58:53,2024-01-19 21:40:53,true
110,Li Kowalski,li.kowalski110@mail.test,student,FR,pro,3,2023-09-08,,2024-04-02 18:47:29,true
111,李雷 O'Neil,u111.o'neil111@example.com,alumni,JP,pro,239,2023-04-06,2024-04-23 01:51:47,2024-03-05 23:59:40,true
112,Li O'Neil,li.o'neil112@example.org,alumni,CA,pro,834,2023-11-24,2024-05-18 21:39:49,2023-12-17 16:46:28,true
113,Jean-Luc Rossi,jean-luc.rossi113@example.org,student,ES,pro,995,2022-12-16,2024-06-25 13:59:07,2024-06-07 16:39:54,true
114,Björn Brown,bjrn.brown114@example.org,student,US,free,946,2022-09-04,2024-05-26 10:11:06,2024-06-11 00:30:38,true
115,Anna García,anna.garca115@mail.test,student,FR,free,951,2023-01-22,2024-05-29 21:24:42,2024-01-14 03:26:24,true
116,Diego Müller,diego.mller116@uni.edu,alumni,US,free,613,2021-08-27,2024-04-11 00:26:35,,true
117,Mei Dubois,mei.dubois117@example.com,alumni,DE,pro,809,2022-04-11,2024-06-28 19:48:48,,false
118,Sara Nguyen,sara.nguyen118@EXAMPLE.ORG,student,ES,free,983,2023-11-13,2024-04-23 00:26:32,2024-05-21 14:31:52,true
119,Anna Papadopoulos,anna.papadopoulos119@EXAMPLE.ORG,student,JP,pro,775,2023-06-06,2024-04-29 08:23:21,2024-01-08 00:50:35,false
120,Sara Brown,sara.brown120@EXAMPLE.ORG,staff,NG,pro,937,2024-05-08,2024-05-22 17:55:00,2024-05-14 17:18:40,false
121,Anna Rossi,anna.rossi121@uni.edu,staff,FR,free,534,2023-07-24,2024-06-16 23:50:22,,false
122,Omar Nguyen,omar.nguyen122@example.com,alumni,NG,pro,856,2023-08-16,2024-04-10 17:55:55,2024-01-19 19:31:03,true
123,Jean-Luc Müller,jean-luc.mller123@mail.test,student,DE,pro,105,2021-09-09,2023-05-24 22:13:24,2024-01-31 06:22:41,true
124,José Brown,jos.brown124@uni.edu,student,GB,pro,179,2023-01-07,2024-06-03 00:13:22,2024-01-19 18:30:19,true
125,Omar Kowalski,omar.kowalski125@uni.edu,alumni,IN,free,803,2023-06-22,2023-08-19 16:13:16,2024-02-14 15:44:53,true
126,李雷 Papadopoulos,u126.papadopoulos126@uni.edu,student,JP,free,304,2023-07-10,2024-05-23 01:05:30,,true
127,Joanna Brown,joanna.brown127@example.com,alumni,AU,free,652,2023-02-27,2024-05-22 11:32:40,2024-06-29 08:21:45,true
128,Omar Tanaka,omar.tanaka128@mail.test,alumni,FR,pro,740,2023-12-23,2024-04-17 19:22:54,2024-05-04 18:23:36,true
129,Tom Johansson,tom.johansson129@uni.edu,student,ES,free,27,2024-05-09,2024-05-31 15:32:33,2024-06-18 03:15:39,true
130,José Brown,jos.brown130@mail.test,student,AU,free,409,2021-10-12,2024-05-05 05:47:20,2024-02-24 16:42:21,true
131,José García,jos.garca131@EXAMPLE.ORG,student,IN,free,10,2022-11-16,2022-12-08 03:26:31,2024-03-10 05:51:25,true
132,Sara Papadopoulos,sara.papadopoulos132@mail.test,student,US,free,222,2023-03-16,2024-06-29 06:03:12,,false
133,Hannah Brown,hannah.brown133@mail.test,student,ES,free,119,2022-07-20,2023-10-26 09:32:34,2024-05-11 12:32:25,true
134,Anna Kowalski,anna.kowalski134@EXAMPLE.ORG,alumni,US,free,277,2024-04-02,2024-05-15 23:12:53,2024-06-22 22:13:17,false
135,Björn Dubois,bjrn.dubois135@example.com,employer,ES,free,570,2023-04-21,2024-06-04 09:23:17,2024-04-25 09:13:01,true
136,Mei Nguyen,mei.nguyen136@example.com,student,IN,free,454,2024-03-07,2024-04-05 01:20:52,,true
137,O'Brien Tanaka,o'brien.tanaka137@example.org,alumni,IN,free,9,2023-03-02,2023-03-10 01:42:11,,true
138,Diego Tanaka,diego.tanaka138@uni.edu,student,US,free,507,2022-11-27,2024-04-08 12:00:55,2024-04-08 07:12:56,true
139,Mei Johansson,mei.johansson139@mail.test,employer,CA,pro,880,2021-06-29,2024-06-24 13:21:40,2024-05-26 09:29:26,true
140,Hannah Johansson,hannah.johansson140@mail.test,student,US,pro,846,2021-12-14,2024-06-08 11:50:46,,true
141,Mei Rossi,mei.rossi141@uni.edu,alumni,JP,enterprise,99,2023-01-19,2024-01-30 01:12:31,2024-05-27 07:12:37,true
142,Ève Okafor,ve.okafor142@uni.edu,student,US,free,940,2022-04-15,2024-04-04 09:24:15,2024-01-25 17:49:30,false
143,Anna Brown,anna.brown143@uni.edu,student,US,free,350,2022-01-05,2022-09-21 23:50:23,2024-04-01 06:07:59,true
144,O'Brien Kowalski,o'brien.kowalski144@example.org,alumni,JP,pro,926,2022-11-13,2024-06-17 22:36:02,2024-04-10 18:54:48,true
145,Ève O'Neil,ve.o'neil145@example.org,student,FR,free,656,2024-01-02,2024-05-17 15:54:02,2024-03-09 17:07:36,true
146,O'Brien Papadopoulos,o'brien.papadopoulos146@example.org,alumni,JP,pro,58,2022-10-10,2024-04-27 03:44:43,2024-06-27 12:57:18,true
147,Sara Tanaka,sara.tanaka147@mail.test,student,US,free,188,2024-06-06,2024-06-10 22:28:54,2023-12-31 09:00:29,true
148,Mei Dubois,mei.dubois148@example.org,student,DE,pro,380,2023-09-12,,2024-05-22 06:15:16,true
149,Jean-Luc Johansson,jean-luc.johansson149@example.org,alumni,MX,free,678,2023-12-12,,2024-03-19 18:26:04,false
150,Ravi Tanaka,ravi.tanaka150@EXAMPLE.ORG,staff,IN,free,532,2021-05-28,2022-12-09 10:06:22,2024-03-28 02:51:03,true
151,Diego Smith,diego.smith151@example.org,student,GB,free,480,2022-05-17,2024-02-17 07:26:56,2024-05-13 17:33:36,true
152,Ravi Dubois,ravi.dubois152@uni.edu,admin,BR,free,650,2022-12-06,2024-05-03 15:56:30,2024-06-11 11:08:16,true
153,Ann Brown,ann.brown153@example.com,student,US,pro,256,2022-12-18,2022-12-24 15:38:48,2024-04-08 10:01:38,true
154,Tom Papadopoulos,tom.papadopoulos154@example.org,student,FR,free,93,2023-10-12,2024-06-27 04:41:16,2024-06-17 07:53:11,true
155,Ann Papadopoulos,ann.papadopoulos155@EXAMPLE.ORG,student,DE,free,244,2024-02-25,2024-05-18 22:52:49,2024-06-09 08:12:54,true
156,Chidi Smith,chidi.smith156@example.com,admin,US,free,741,2023-06-29,2024-06-13 15:41:22,2024-01-08 15:34:54,true
157,Joanna O'Neil,joanna.o'neil157@example.com,staff,DE,pro,156,2023-09-26,2024-04-04 01:49:58,2024-06-08 21:29:27,true
158,Ève Nguyen,ve.nguyen158@mail.test,student,JP,pro,592,2022-05-04,2022-05-12 08:22:54,2024-01-07 14:39:08,true
159,Sara Nguyen,sara.nguyen159@uni.edu,student,GB,free,,2023-08-07,2024-04-13 12:38:11,2024-03-31 07:50:57,true
160,O'Brien García,o'brien.garca160@EXAMPLE.ORG,alumni,GB,free,861,2022-02-09,2022-02-23 18:44:14,2024-05-04 14:16:17,true
161,Sara Tanaka,sara.tanaka161@uni.edu,student,CA,free,792,2022-11-20,2023-12-29 04:46:45,,true
162,José Okafor,jos.okafor162@example.com,student,IN,pro,313,2023-04-21,2024-05-21 08:48:40,2024-05-14 10:49:05,false
163,Ravi Papadopoulos,ravi.papadopoulos163@uni.edu,alumni,ES,pro,725,2023-02-03,2024-05-16 19:06:21,2024-02-06 13:38:07,true
164,Björn Dubois,bjrn.dubois164@example.com,alumni,IN,free,328,2022-11-24,2024-06-12 23:42:49,,true
165,Hannah Johansson,hannah.johansson165@mail.test,student,DE,enterprise,350,2022-01-10,2022-01-29 04:26:06,2024-05-29 09:47:10,false
166,Yuki Kowalski,yuki.kowalski166@example.org,alumni,CA,free,323,2021-06-17,2022-06-28 03:47:04,2024-04-11 07:37:45,false
167,Ann Brown,ann.brown167@EXAMPLE.ORG,alumni,GB,pro,788,2022-12-12,2022-12-20 08:01:45,2024-04-16 10:09:48,true
168,Zoë Singh,zo.singh168@example.com,employer,GB,enterprise,634,2023-06-17,2024-04-17 18:35:11,,true
169,Joanna Dubois,joanna.dubois169@uni.edu,alumni,US,pro,148,2022-03-04,2022-03-21 05:03:26,2024-01-08 01:15:22,true
170,Anna Dubois,anna.dubois170@EXAMPLE.ORG,student,US,pro,375,2022-01-01,2024-04-29 19:09:24,,false
171,Ann-Marie Müller,ann-marie.mller171@EXAMPLE.ORG,admin,US,pro,768,2022-01-19,2024-06-15 11:33:43,2024-05-12 17:38:27,true
172,Sara Kowalski,sara.kowalski172@example.org,admin,BR,free,399,2024-01-11,2024-06-05 02:15:25,2024-04-01 15:31:01,true
173,Hannah García,hannah.garca173@mail.test,student,US,pro,566,2022-02-19,2024-05-31 12:54:27,,true
174,Ève Müller,ve.mller174@uni.edu,student,US,free,367,2023-01-22,2023-01-30 03:07:58,2024-01-17 08:22:08,true
175,O'Brien Johansson,o'brien.johansson175@mail.test,staff,DE,pro,994,2023-09-26,2024-05-20 12:53:37,2024-01-04 11:35:24,true
176,Tom Johansson,tom.johansson176@example.com,alumni,FR,pro,938,2022-11-07,2024-06-23 16:42:26,2024-02-14 15:14:57,true
177,Fatima O'Neil,fatima.o'neil177@mail.test,alumni,GB,free,41,2023-05-21,2024-05-18 05:29:11,,true
178,Yuki Nguyen,yuki.nguyen178@example.org,alumni,CA,free,952,2024-03-14,2024-05-27 10:02:42,2024-02-29 06:33:24,true
179,Ann-Marie Papadopoulos,ann-marie.papadopoulos179@example.com,alumni,DE,free,508,2023-03-21,2024-05-08 18:20:13,2024-02-15 07:28:34,true
180,Joanna Nguyen,joanna.nguyen180@example.com,student,DE,free,371,2023-02-01,2024-06-22 13:47:35,2024-02-28 19:52:10,true
181,Chidi Johansson,chidi.johansson181@uni.edu,student,IN,pro,884,2023-07-10,2024-05-23 10:10:50,2024-06-07 08:44:42,true
182,Zoë Singh,zo.singh182@example.com,student,IN,free,887,2024-05-12,2024-06-29 12:34:45,,false
183,Hannah Singh,hannah.singh183@example.org,alumni,US,free,954,2024-05-17,2024-06-04 13:01:20,2024-04-22 12:21:56,true
184,Ann-Marie Dubois,ann-marie.dubois184@uni.edu,student,US,free,843,2022-08-02,2024-05-30 19:46:25,2024-04-03 08:00:35,true
185,O'Brien Brown,o'brien.brown185@mail.test,student,CA,free,706,2023-04-01,2024-05-14 09:57:20,2024-01-21 00:01:16,true
186,Fatima Nguyen,fatima.nguyen186@uni.edu,employer,AU,free,231,2021-03-23,2024-03-18 02:22:28,2024-06-08 21:48:20,false
187,Yuki Nguyen,yuki.nguyen187@example.com,alumni,GB,free,601,2023-08-14,2024-05-18 18:49:12,2024-06-09 19:28:08,true
188,Mei Kowalski,mei.kowalski188@example.com,employer,CA,free,544,2021-04-03,2022-07-08 20:59:49,2024-06-13 10:43:03,false
189,Li Kowalski,li.kowalski189@mail.test,admin,US,free,784,2022-03-23,2022-04-14 06:34:42,2024-02-08 04:51:54,true
190,Mei Kowalski,mei.kowalski190@mail.test,student,NG,enterprise,801,2022-03-20,2024-05-18 03:05:34,2024-01-09 03:09:10,true
191,Li Papadopoulos,li.papadopoulos191@mail.test,alumni,DE,free,717,2023-05-30,2023-06-14 22:27:04,2024-01-22 16:06:02,true
192,Yuki Johansson,yuki.johansson192@example.com,staff,US,free,602,2024-02-28,2024-06-20 05:03:20,2024-04-07 01:28:00,true
193,Fatima Kowalski,fatima.kowalski193@example.com,employer,ES,free,408,2023-10-17,2024-06-01 18:02:55,2023-12-20 08:48:18,true
194,"O'Neil, Ève",ve.o'neil194@mail.test,student,US,enterprise,343,2023-04-19,2024-06-17 19:15:36,2023-12-29 16:56:14,false
195,Tom Dubois,tom.dubois195@mail.test,student,US,free,791,2022-11-25,2024-06-20 14:00:35,,true
196,Hannah Singh,hannah.singh196@mail.test,staff,US,pro,505,2023-03-07,2024-05-24 03:49:50,2024-05-17 13:19:04,true
197,Jean-Luc Dubois,jean-luc.dubois197@uni.edu,alumni,US,pro,14,2023-02-25,2024-05-18 03:09:31,2024-06-08 09:38:58,true
198,Mei O'Neil,mei.o'neil198@uni.edu,student,ES,free,604,2023-08-19,2024-05-24 08:56:52,2024-06-11 06:44:26,true
199,Omar Rossi,omar.rossi199@uni.edu,alumni,GB,free,900,2021-12-01,2024-03-18 02:10:13,2023-12-22 09:02:28,true
200,Joanna O'Neil,joanna.o'neil200@example.org,alumni,US,free,133,2022-12-07,2024-06-24 00:56:48,2024-04-28 22:28:58,true
201,Chidi Okafor,chidi.okafor201@example.org,student,NG,pro,527,2022-06-17,2024-05-27 23:41:46,2024-02-24 03:09:31,false
202,Zoë Tanaka,zo.tanaka202@example.com,staff,IN,free,175,2021-11-28,2024-02-04 15:25:51,2024-05-13 12:17:03,true
203,Sara O'Neil,sara.o'neil203@uni.edu,employer,AU,free,269,2022-11-26,2024-05-08 05:38:29,2024-03-28 03:24:02,false
204,李雷 Tanaka,u204.tanaka204@example.org,alumni,US,free,92,2022-01-02,2024-05-21 01:26:26,2024-05-10 16:36:22,true
205,Hannah Tanaka,hannah.tanaka205@example.com,student,US,pro,934,2022-09-02,2023-06-20 12:04:06,2024-06-22 10:38:31,true
206,Mei Dubois,mei.dubois206@mail.test,staff,IN,free,658,2023-04-22,2024-06-05 06:20:08,,true
207,Diego Papadopoulos,diego.papadopoulos207@uni.edu,employer,US,pro,580,2024-03-28,2024-05-18 10:57:43,2024-06-01 20:14:59,true
208,Sara Papadopoulos,sara.papadopoulos208@example.com,alumni,GB,free,79,2023-03-23,2024-04-20 20:33:55,,true
209,Tom Müller,tom.mller209@EXAMPLE.ORG,alumni,US,free,182,2023-11-08,2024-06-13 05:38:55,2024-01-29 13:17:11,true
210,Yuki García,yuki.garca210@example.com,student,DE,enterprise,26,2023-08-31,2024-06-03 06:50:08,2024-01-16 13:45:41,false
211,"Omar ""Singh"" Jr",omar.singh211@EXAMPLE.ORG,admin,IN,free,151,2024-03-26,,2024-01-31 17:28:09,true
212,Zoë Papadopoulos,zo.papadopoulos212@mail.test,admin,US,free,,2023-04-18,2023-08-19 14:26:01,,true
213,Li Okafor,li.okafor213@example.com,student,US,enterprise,128,2023-01-26,2024-04-30 10:35:47,2024-05-05 12:33:24,true
214,Chidi O'Neil,chidi.o'neil214@uni.edu,student,GB,pro,453,2022-11-23,2024-06-21 01:54:42,2024-06-16 17:13:03,true
215,Sara O'Neil,sara.o'neil215@mail.test,student,CA,pro,163,2023-11-22,2024-06-10 10:19:02,2024-01-13 11:33:47,true
216,Mei Nguyen,mei.nguyen216@mail.test,student,US,pro,208,2022-12-27,2024-06-13 00:15:40,,false
217,Fatima Johansson,fatima.johansson217@mail.test,alumni,US,free,396,2023-09-21,2024-06-25 20:33:07,2024-03-10 13:07:36,true
218,Ravi O'Neil,ravi.o'neil218@EXAMPLE.ORG,student,US,pro,277,2023-04-24,2024-05-07 06:05:21,2024-05-26 15:47:36,true
219,Anna Johansson,anna.johansson219@example.com,staff,MX,free,631,2024-02-17,2024-06-18 19:57:13,2024-06-28 19:39:00,true
220,Jean-Luc Smith,jean-luc.smith220@uni.edu,alumni,AU,pro,20,2023-11-12,2024-06-14 22:23:16,2024-03-18 14:16:02,false
221,李雷 Kowalski,u221.kowalski221@example.org,alumni,ES,pro,105,2023-07-27,2024-04-12 01:45:51,2024-02-23 18:32:40,true
222,José Okafor,jos.okafor222@uni.edu,employer,CA,enterprise,762,2022-03-12,2024-06-20 08:58:25,2024-05-11 21:13:26,true
223,李雷 Johansson,u223.johansson223@example.com,student,US,free,747,2023-06-12,2023-09-04 12:17:39,2024-03-03 01:41:12,true
224,Joanna Kowalski,joanna.kowalski224@mail.test,student,US,pro,975,2022-11-12,2024-06-11 13:33:58,2024-01-25 20:01:52,false
225,Mei Kowalski,mei.kowalski225@mail.test,alumni,US,free,198,2023-09-25,2024-05-24 18:32:41,2024-04-20 10:00:23,true
226,Anna O'Neil,anna.o'neil226@uni.edu,student,ES,free,881,2023-05-13,2024-05-17 18:37:37,2024-05-29 04:43:54,true
227,O'Brien Singh,o'brien.singh227@mail.test,student,US,pro,172,2023-01-04,2024-06-23 17:04:03,2024-03-08 04:35:47,true
228,Ravi Okafor,ravi.okafor228@mail.test,student,US,pro,569,2021-09-30,2024-02-22 15:40:14,2024-03-03 19:11:10,true
229,Chidi Smith,chidi.smith229@uni.edu,alumni,US,free,54,2023-10-20,2024-06-20 13:09:31,,true
230,José Smith,jos.smith230@example.com,student,US,pro,790,2022-03-09,2022-04-01 10:54:09,2024-04-02 00:50:58,false
231,Anna Müller,anna.mller231@example.com,employer,AU,free,617,2021-11-12,2024-06-20 00:12:29,2024-05-14 06:58:28,true
232,Tom Smith,tom.smith232@uni.edu,student,NG,free,828,2021-05-13,2024-06-30 04:07:48,2024-01-27 12:23:06,true
233,Mei García,mei.garca233@mail.test,employer,US,free,813,2021-06-19,,2024-02-27 23:10:13,false
234,Fatima Okafor,fatima.okafor234@EXAMPLE.ORG,employer,GB,pro,953,2023-08-01,2024-04-08 15:08:24,2024-03-26 17:59:00,false
235,José Singh,jos.singh235@uni.edu,student,GB,pro,203,2022-05-16,2024-03-26 09:26:28,2024-01-22 03:26:52,true
236,José Smith,jos.smith236@example.com,student,BR,free,435,2022-03-20,2022-03-22 23:23:31,2024-05-21 09:46:01,false
237,Jean-Luc Johansson,jean-luc.johansson237@uni.edu,student,FR,free,867,2021-05-03,2024-06-17 04:26:13,2023-12-25 23:18:34,true
238,Mei Singh,mei.singh238@uni.edu,student,ES,pro,631,2023-02-12,2023-09-24 15:35:41,2024-03-29 08:52:55,true
239,李雷 Singh,u239.singh239@example.com,student,US,free,871,2022-03-22,2024-06-06 00:22:24,2024-03-20 22:56:29,true
240,Diego Rossi,diego.rossi240@uni.edu,employer,GB,free,219,2021-09-24,2024-05-07 05:52:25,2023-12-27 21:33:20,true
241,Chidi Smith,chidi.smith241@example.org,alumni,BR,pro,960,2022-07-18,2022-07-20 05:19:51,2023-12-26 11:53:25,true
242,Mei Müller,mei.mller242@example.com,student,DE,free,440,2023-07-28,2024-06-25 16:40:17,,true
243,Joanna Singh,joanna.singh243@mail.test,student,US,pro,755,2021-07-28,2024-04-06 19:11:40,2024-03-09 19:55:57,false
244,Ève Rossi,ve.rossi244@example.com,alumni,US,free,37,2024-06-02,2024-06-16 17:17:21,2024-05-30 04:55:54,true
245,Jean-Luc Tanaka,jean-luc.tanaka245@EXAMPLE.ORG,student,CA,free,741,2022-12-01,2024-06-13 22:48:56,2024-02-24 19:15:41,false
246,Diego Singh,diego.singh246@mail.test,employer,IN,enterprise,252,2024-05-15,2024-06-28 15:37:55,2023-12-27 01:45:57,true
247,Diego Kowalski,diego.kowalski247@example.org,alumni,US,free,185,2022-04-07,2023-05-08 17:17:15,2023-12-15 13:43:23,false
248,Fatima García,fatima.garca248@mail.test,employer,DE,pro,669,2022-12-13,2023-07-21 14:29:12,2024-04-09 02:22:37,true
249,O'Brien Rossi,o'brien.rossi249@example.com,student,US,free,17,2021-06-13,2024-06-28 18:14:54,2024-02-10 11:51:52,true
250,Ève Nguyen,ve.nguyen250@uni.edu,student,CA,free,243,2024-01-26,2024-06-27 05:11:34,,false
251,José Tanaka,jos.tanaka251@EXAMPLE.ORG,student,FR,free,198,2023-08-21,2024-04-25 01:12:46,2024-03-29 12:33:04,false
252,Li Dubois,li.dubois252@mail.test,employer,JP,free,379,2024-03-09,2024-06-06 18:04:13,2024-06-21 17:55:53,true
253,Joanna Okafor,joanna.okafor253@example.org,student,US,free,766,2023-01-08,2024-04-12 04:20:10,,true
254,Ann-Marie O'Neil,ann-marie.o'neil254@EXAMPLE.ORG,alumni,JP,pro,532,2021-10-30,,2023-12-19 20:47:33,true
255,Hannah Tanaka,hannah.tanaka255@mail.test,student,US,enterprise,146,2022-02-28,2022-04-12 10:21:26,,true
256,Björn Singh,bjrn.singh256@EXAMPLE.ORG,student,MX,enterprise,998,2022-12-13,2024-04-08 09:16:33,,true
257,Ann-Marie Müller,ann-marie.mller257@mail.test,alumni,IN,free,577,2023-02-13,2023-03-08 17:40:15,2024-03-25 00:02:11,true
258,Björn Smith,bjrn.smith258@example.com,alumni,IN,free,254,2022-05-22,2022-06-15 12:36:15,2024-06-18 04:44:29,true
259,Chidi Brown,chidi.brown259@uni.edu,student,US,free,452,2023-03-21,2024-04-23 11:10:30,,true
260,Ann-Marie Nguyen,ann-marie.nguyen260@example.org,student,FR,pro,198,2023-11-24,2024-06-29 17:52:58,2024-02-09 20:04:04,true
261,O'Brien Dubois,o'brien.dubois261@uni.edu,student,US,free,740,2023-02-08,2023-03-03 03:37:29,,true
262,Sara Papadopoulos,sara.papadopoulos262@example.org,student,FR,free,480,2024-01-28,2024-06-24 19:44:15,2024-06-29 04:34:24,true
263,José Smith,jos.smith263@EXAMPLE.ORG,staff,FR,free,550,2021-12-01,2022-04-05 12:44:46,2024-05-13 14:11:04,true
264,Sara Smith,sara.smith264@example.org,alumni,CA,pro,755,2022-05-18,2024-06-28 14:42:17,2024-04-12 15:32:34,true
265,Sara Rossi,sara.rossi265@example.org,student,GB,pro,,2023-06-01,2024-05-27 17:35:39,2024-02-17 11:15:34,false
266,Yuki García,yuki.garca266@EXAMPLE.ORG,student,US,free,429,2021-10-03,2024-06-07 16:50:33,2024-01-19 09:40:16,true
267,李雷 Müller,u267.mller267@EXAMPLE.ORG,student,ES,pro,561,2023-05-18,2024-06-05 14:48:32,2023-12-22 16:43:24,true
268,Li Johansson,li.johansson268@mail.test,student,US,enterprise,759,2023-08-08,2024-06-26 20:25:19,,true
269,Ravi O'Neil,ravi.o'neil269@uni.edu,alumni,CA,free,644,2022-11-27,,2024-03-14 07:10:53,false
270,Tom Tanaka,tom.tanaka270@example.com,employer,GB,free,465,2023-11-28,2024-05-28 13:49:21,2024-02-03 20:52:50,true
271,Mei Kowalski,mei.kowalski271@example.org,staff,GB,free,851,2023-03-26,2024-06-29 16:14:01,,false
272,Diego García,diego.garca272@example.org,employer,GB,pro,246,2021-12-10,2024-06-10 20:31:35,2024-01-29 21:56:09,true
273,Diego Nguyen,diego.nguyen273@uni.edu,alumni,BR,pro,25,2021-02-22,2024-05-30 20:27:54,2024-05-21 17:28:08,true
274,Ravi Müller,ravi.mller274@EXAMPLE.ORG,student,CA,free,685,2021-12-23,2024-04-26 13:30:32,2024-01-14 12:18:35,true
275,Joanna Singh,joanna.singh275@example.com,alumni,MX,free,979,2022-09-16,2024-05-09 04:43:52,,true
276,Ève Müller,ve.mller276@EXAMPLE.ORG,student,US,enterprise,632,2022-03-05,2022-03-29 03:40:59,2024-02-08 08:20:46,true
277,Chidi Kowalski,chidi.kowalski277@EXAMPLE.ORG,student,US,free,257,2023-02-28,2024-05-27 07:30:27,2024-06-21 12:33:02,true
278,Jean-Luc O'Neil,jean-luc.o'neil278@uni.edu,student,AU,free,425,2023-11-08,2024-04-17 03:37:51,,false
279,Hannah Rossi,hannah.rossi279@example.org,student,DE,free,822,2023-08-09,2024-05-15 21:41:04,2024-04-02 07:08:08,true
280,Sara Kowalski,sara.kowalski280@example.com,student,GB,free,470,2023-11-19,2024-06-14 03:58:55,2024-03-19 15:47:39,true
281,Chidi Rossi,chidi.rossi281@example.org,alumni,JP,free,370,2021-05-28,2024-06-26 10:58:33,2024-03-14 19:47:47,true
282,Chidi Dubois,chidi.dubois282@uni.edu,student,ES,pro,456,2023-03-17,2024-06-07 13:12:54,,true
283,Yuki Singh,yuki.singh283@EXAMPLE.ORG,student,GB,free,693,2023-10-20,2023-11-09 20:12:37,2024-01-29 13:25:57,true
284,Zoë Johansson,zo.johansson284@EXAMPLE.ORG,student,US,free,689,2022-03-31,2024-04-17 07:16:30,2024-01-09 00:17:13,true
285,Ravi Dubois,ravi.dubois285@uni.edu,student,DE,free,717,2024-05-07,2024-06-03 02:50:45,,true
286,Anna Müller,anna.mller286@example.org,employer,CA,pro,376,2022-02-14,2022-11-25 09:07:00,,false
287,Li Singh,li.singh287@EXAMPLE.ORG,employer,AU,pro,78,2023-10-09,2024-05-02 02:07:21,2024-05-15 04:51:36,true
288,Ravi Johansson,ravi.johansson288@example.org,employer,GB,free,289,2024-04-14,,2024-01-21 18:00:01,true
289,Fatima Singh,fatima.singh289@uni.edu,staff,US,free,456,2021-08-09,2024-05-16 18:10:36,,true
290,Zoë Okafor,zo.okafor290@mail.test,employer,US,free,453,2024-02-19,2024-04-06 23:17:12,,true
291,"Brown, Diego",diego.brown291@mail.test,student,AU,pro,809,2022-06-07,2024-05-11 19:38:24,2024-06-06 15:45:16,true
292,Björn Singh,bjrn.singh292@uni.edu,alumni,CA,enterprise,668,2023-11-23,2024-06-19 13:05:56,2024-05-05 15:12:11,false
293,Anna García,anna.garca293@EXAMPLE.ORG,student,US,pro,692,2022-07-05,2024-06-16 07:31:24,,false
294,Ann-Marie O'Neil,ann-marie.o'neil294@example.com,student,IN,free,614,2023-02-20,2023-10-27 03:03:29,2024-06-18 17:12:53,true
295,Yuki Tanaka,yuki.tanaka295@EXAMPLE.ORG,student,FR,free,308,2021-12-16,2024-06-04 11:39:20,2024-06-05 16:43:00,true
296,Ann-Marie Papadopoulos,ann-marie.papadopoulos296@uni.edu,alumni,CA,free,563,2022-04-23,2024-05-26 10:17:55,2023-12-24 17:40:21,true
297,Sara Singh,sara.singh297@example.com,staff,FR,free,762,2024-01-22,2024-05-01 20:41:27,,true
298,Ève Smith,ve.smith298@mail.test,student,ES,free,385,2022-10-21,2024-06-12 18:54:34,2024-04-06 20:59:18,true
299,Jean-Luc García,jean-luc.garca299@mail.test,alumni,GB,free,201,2023-08-02,2024-05-11 04:20:52,2024-03-07 01:41:33,true
300,Tom Müller,tom.mller300@uni.edu,student,MX,free,278,2023-11-04,2024-04-28 00:49:22,,true
301,O'Brien Nguyen,o'brien.nguyen301@example.com,student,US,free,901,2023-12-26,2024-06-01 22:12:06,2024-03-02 06:37:13,true
302,Tom Tanaka,tom.tanaka302@mail.test,alumni,DE,free,590,2023-03-24,2023-04-03 16:33:56,2024-05-10 17:54:57,false
303,Sara Brown,sara.brown303@mail.test,student,FR,pro,598,2022-12-14,2024-06-09 03:30:37,2024-01-24 13:15:29,true
304,Björn Dubois,bjrn.dubois304@mail.test,alumni,MX,free,208,2021-05-13,2024-06-11 14:46:38,2024-03-13 09:52:28,true
305,Hannah Rossi,hannah.rossi305@example.com,student,US,free,490,2023-05-04,2024-06-28 03:28:07,2024-01-01 05:06:12,false
306,Mei O'Neil,mei.o'neil306@EXAMPLE.ORG,alumni,ES,free,22,2021-04-09,2022-09-24 00:39:56,2024-05-05 22:00:23,true
307,Fatima Dubois,fatima.dubois307@example.com,staff,FR,free,619,2022-03-14,2022-03-18 16:20:51,2024-05-06 00:18:08,true
308,Ann García,ann.garca308@EXAMPLE.ORG,student,MX,free,179,2022-08-22,2024-04-20 11:25:34,,true
309,Yuki Müller,yuki.mller309@uni.edu,employer,US,pro,994,2023-11-04,2024-06-14 17:48:20,,true
310,Joanna Johansson,joanna.johansson310@example.com,student,GB,pro,987,2023-03-05,2024-06-26 07:19:04,2023-12-24 05:32:25,false
311,Omar García,omar.garca311@uni.edu,student,US,free,837,2022-05-28,2022-06-09 03:57:34,,true
312,Tom Singh,tom.singh312@example.org,employer,CA,free,279,2024-01-17,2024-06-30 01:24:57,2024-03-06 19:25:34,true
313,Björn Brown,bjrn.brown313@EXAMPLE.ORG,student,US,free,789,2021-05-08,2024-04-05 17:10:43,2023-12-19 09:48:53,true
314,José Smith,jos.smith314@EXAMPLE.ORG,student,IN,free,692,2024-03-02,2024-04-16 11:55:21,2024-02-06 13:13:14,true
315,Omar O'Neil,omar.o'neil315@example.org,employer,BR,free,432,2022-03-30,2024-05-16 12:56:42,2024-02-20 15:44:16,true
316,Diego Singh,diego.singh316@mail.test,student,ES,pro,130,2024-03-01,2024-06-05 03:25:31,2024-05-07 14:32:17,true
317,José Smith,jos.smith317@example.com,student,US,free,487,2022-07-11,2023-12-05 01:38:04,2024-01-05 09:33:21,true
318,Tom Müller,tom.mller318@EXAMPLE.ORG,alumni,US,pro,,2023-07-12,2023-07-25 02:23:26,,true
319,Omar Okafor,omar.okafor319@uni.edu,staff,JP,free,208,2024-05-11,,2024-02-12 08:10:41,true
320,O'Brien Smith,o'brien.smith320@mail.test,alumni,US,free,337,2024-06-05,2024-06-20 10:22:55,,true
321,José Singh,jos.singh321@mail.test,student,DE,pro,658,2022-09-10,2022-09-20 20:52:04,,false
322,Tom Papadopoulos,tom.papadopoulos322@example.com,admin,US,free,532,2022-11-05,2024-05-20 09:35:24,2024-03-19 04:47:05,false
323,Li Tanaka,li.tanaka323@uni.edu,alumni,FR,free,839,2023-02-10,2024-06-28 22:19:57,2024-05-30 10:58:16,false
324,Ann Papadopoulos,ann.papadopoulos324@EXAMPLE.ORG,student,BR,free,113,2021-05-22,,,true
325,Ann-Marie Brown,ann-marie.brown325@uni.edu,student,US,free,242,2022-07-15,2022-08-02 00:50:59,2024-05-24 16:56:19,true
326,Chidi Tanaka,chidi.tanaka326@uni.edu,alumni,ES,free,747,2022-06-24,2022-07-04 23:57:13,2024-05-01 23:46:41,true
327,Ann-Marie García,ann-marie.garca327@mail.test,alumni,ES,pro,127,2023-06-16,2024-04-24 08:58:10,2024-06-10 05:48:03,true
328,Björn Dubois,bjrn.dubois328@uni.edu,student,US,free,26,2024-01-23,2024-02-18 12:30:11,2024-01-23 15:14:17,true
329,Yuki Okafor,yuki.okafor329@example.com,student,IN,free,527,2022-06-17,2024-06-21 20:59:34,2024-06-10 13:49:04,false
330,Hannah Nguyen,hannah.nguyen330@mail.test,alumni,CA,free,210,2022-02-28,2022-03-05 01:45:53,2023-12-29 16:49:28,true
331,Diego Okafor,diego.okafor331@uni.edu,student,JP,free,904,2022-09-30,2024-05-09 04:43:26,2024-03-09 11:03:31,true
332,Omar Singh,omar.singh332@uni.edu,alumni,US,pro,5,2023-06-05,2024-05-04 09:04:54,,true
333,Ann-Marie Kowalski,ann-marie.kowalski333@mail.test,student,CA,pro,442,2022-08-20,2024-04-03 06:18:02,2024-03-06 13:41:15,true
334,Zoë Dubois,zo.dubois334@EXAMPLE.ORG,student,DE,free,365,2022-01-21,2023-02-28 21:15:54,2024-03-11 04:45:40,true
335,Fatima Nguyen,fatima.nguyen335@example.com,alumni,IN,pro,788,2022-04-03,2024-06-14 20:16:00,2024-06-24 07:52:26,true
336,Chidi Nguyen,chidi.nguyen336@EXAMPLE.ORG,student,US,pro,901,2023-11-22,2024-06-09 11:10:32,2024-03-24 18:44:40,true
337,O'Brien O'Neil,o'brien.o'neil337@mail.test,alumni,GB,pro,748,2023-08-26,2024-06-27 14:26:17,,true
338,Anna Smith,anna.smith338@mail.test,alumni,FR,pro,974,2023-10-23,,2023-12-23 02:08:49,true
339,Sara Papadopoulos,sara.papadopoulos339@uni.edu,employer,US,free,123,2023-09-27,2024-06-06 16:56:56,2024-01-17 05:28:37,false
340,Chidi Johansson,chidi.johansson340@example.com,student,DE,free,976,2023-02-08,,2023-12-30 10:50:44,true
341,Fatima Johansson,fatima.johansson341@example.org,alumni,JP,free,190,2021-08-15,2023-11-07 22:08:18,,true
342,O'Brien Singh,o'brien.singh342@EXAMPLE.ORG,staff,US,free,679,2024-04-12,2024-05-07 00:34:48,2024-01-11 15:23:31,true
343,Diego García,diego.garca343@example.com,student,GB,pro,527,2022-11-21,2024-06-18 03:28:53,,true
344,O'Brien Dubois,o'brien.dubois344@EXAMPLE.ORG,student,IN,free,195,2023-02-14,2023-05-01 06:23:28,,true
345,Diego Dubois,diego.dubois345@EXAMPLE.ORG,student,GB,pro,557,2024-03-31,2024-05-29 11:46:55,2024-02-15 05:50:04,true
346,Tom Singh,tom.singh346@example.com,student,MX,free,510,2022-08-07,2023-08-30 01:41:37,,true
347,Ève Nguyen,ve.nguyen347@EXAMPLE.ORG,student,MX,free,227,2023-06-26,2024-05-11 01:51:34,2024-04-09 00:25:38,true
348,Sara Dubois,sara.dubois348@example.com,alumni,IN,free,796,2022-06-11,2024-05-24 04:55:46,,true
349,Jean-Luc Brown,jean-luc.brown349@EXAMPLE.ORG,alumni,DE,free,799,2022-12-14,2023-01-03 19:17:52,,true
350,Jean-Luc Brown,jean-luc.brown350@example.com,student,GB,free,694,2022-01-09,2024-04-11 19:47:40,2024-03-01 16:56:41,true
351,Mei Tanaka,mei.tanaka351@example.org,student,DE,free,175,2024-01-15,2024-04-04 06:16:29,2024-02-06 02:31:08,false
352,Hannah Okafor,hannah.okafor352@example.org,student,DE,free,304,2021-10-24,2023-06-19 00:44:06,2024-06-12 21:11:11,true
353,Li O'Neil,li.o'neil353@EXAMPLE.ORG,student,US,free,229,2022-11-17,2024-06-04 16:52:23,2024-01-17 16:17:22,false
354,José Kowalski,jos.kowalski354@uni.edu,staff,ES,free,223,2023-12-25,2024-06-03 06:57:08,2023-12-30 21:27:03,true
355,Mei Smith,mei.smith355@EXAMPLE.ORG,student,US,free,463,2022-12-19,2024-04-04 21:44:36,2024-02-16 23:55:27,false
356,Jean-Luc Rossi,jean-luc.rossi356@EXAMPLE.ORG,staff,DE,free,416,2023-01-21,2024-05-18 20:47:23,2023-12-22 13:31:40,true
357,Björn Tanaka,bjrn.tanaka357@uni.edu,alumni,US,pro,740,2023-09-05,2024-04-21 16:16:13,2024-02-07 12:47:02,true
358,José Müller,jos.mller358@example.org,student,MX,free,513,2023-09-21,2024-05-18 23:31:22,2024-05-01 00:54:09,true
359,Li Okafor,li.okafor359@example.org,alumni,FR,free,434,2024-03-25,2024-06-25 08:11:43,,true
360,Joanna García,joanna.garca360@uni.edu,student,US,free,401,2024-03-28,2024-05-24 12:10:45,2024-04-05 20:28:08,false
361,Jean-Luc Smith,jean-luc.smith361@mail.test,student,IN,free,626,2024-05-08,2024-06-19 07:47:47,2024-06-14 00:50:48,true
362,Mei Müller,mei.mller362@mail.test,alumni,JP,free,64,2024-04-20,2024-06-24 09:30:08,2024-05-07 10:46:00,true
363,李雷 Singh,u363.singh363@uni.edu,alumni,US,free,11,2021-03-28,2024-05-21 02:45:36,,true
364,Yuki Dubois,yuki.dubois364@EXAMPLE.ORG,student,GB,free,873,2023-12-19,2024-05-26 21:01:22,2024-01-10 17:08:48,false
365,Diego Dubois,diego.dubois365@mail.test,student,US,free,1000,2024-02-08,2024-06-02 21:48:52,2024-01-04 09:15:04,true
366,Diego Johansson,diego.johansson366@mail.test,employer,DE,pro,463,2022-03-08,2022-03-19 02:24:55,2024-01-17 21:21:34,true
367,Yuki Smith,yuki.smith367@mail.test,alumni,BR,pro,216,2023-02-17,2023-03-13 05:23:25,2024-02-11 08:59:20,true
368,Hannah Nguyen,hannah.nguyen368@EXAMPLE.ORG,student,CA,free,635,2022-04-14,2022-04-20 12:24:08,,true
369,Jean-Luc Nguyen,jean-luc.nguyen369@EXAMPLE.ORG,employer,US,free,680,2022-10-18,2022-11-05 21:03:02,2024-06-29 20:40:54,false
370,Hannah Müller,hannah.mller370@EXAMPLE.ORG,student,US,free,438,2022-08-10,2024-05-11 02:09:42,2024-06-10 08:27:24,true
371,Yuki Papadopoulos,yuki.papadopoulos371@EXAMPLE.ORG,student,CA,free,,2023-02-11,2024-05-10 21:27:15,2024-06-03 03:35:18,true
372,Sara Nguyen,sara.nguyen372@example.com,alumni,US,free,92,2023-12-24,2024-01-20 14:40:43,,true
373,Li Brown,li.brown373@example.org,admin,CA,pro,368,2023-04-11,2024-05-28 09:15:14,2024-01-20 22:57:53,true
374,Diego Johansson,diego.johansson374@example.com,student,NG,free,821,2022-11-27,2024-06-22 05:00:53,,true
375,Ann Smith,ann.smith375@uni.edu,student,CA,pro,713,2024-01-12,2024-04-06 07:59:45,2024-03-25 21:01:28,false
376,Tom Johansson,tom.johansson376@mail.test,admin,CA,pro,85,2023-02-09,2023-03-05 11:14:47,2024-03-04 22:03:22,true
377,Björn Müller,bjrn.mller377@mail.test,student,CA,pro,834,2022-05-30,2024-06-27 05:48:35,2024-01-05 17:01:21,true
378,Chidi Kowalski,chidi.kowalski378@example.com,student,DE,free,991,2023-02-21,2023-09-29 07:39:17,,false
379,Mei García,mei.garca379@mail.test,student,US,free,827,2024-02-10,2024-05-21 16:54:39,2024-02-08 16:39:15,true
380,Li Rossi,li.rossi380@example.org,student,CA,free,780,2023-02-12,2023-03-10 12:17:27,2024-01-18 08:58:13,true
381,李雷 Dubois,u381.dubois381@example.org,student,CA,free,222,2022-11-12,2024-05-20 15:55:35,2024-06-13 17:20:32,true
382,Ravi Okafor,ravi.okafor382@example.com,student,IN,free,697,2024-04-05,2024-04-18 18:26:05,,false
383,Ève Nguyen,ve.nguyen383@mail.test,student,US,free,38,2023-03-10,2024-06-25 06:52:28,,true
384,José O'Neil,jos.o'neil384@uni.edu,admin,US,free,895,2023-11-30,2024-06-25 17:03:58,2024-01-09 18:45:56,true
385,Zoë García,zo.garca385@EXAMPLE.ORG,staff,US,free,1,2022-03-10,2022-03-24 06:49:07,2024-01-16 20:35:25,true
386,Ann-Marie Dubois,ann-marie.dubois386@uni.edu,employer,ES,free,104,2023-06-11,2024-06-15 14:33:35,2024-06-05 21:35:10,true
387,Anna Tanaka,anna.tanaka387@example.com,student,BR,pro,758,2022-09-23,2022-10-16 12:05:36,2024-05-05 08:09:20,true
388,"Nguyen, Omar",omar.nguyen388@mail.test,student,CA,pro,619,2024-05-19,2024-05-23 15:41:03,2023-12-18 01:50:21,true
389,Hannah Nguyen,hannah.nguyen389@example.com,alumni,US,free,828,2021-12-22,2023-10-26 15:55:32,2024-02-25 10:44:46,true
390,Yuki Müller,yuki.mller390@example.com,student,FR,free,429,2024-05-18,2024-05-22 05:34:32,2024-05-02 15:35:43,true
391,Tom Rossi,tom.rossi391@example.com,student,FR,free,128,2022-05-19,2024-06-05 16:10:54,2024-04-01 14:30:36,true
392,Omar Müller,omar.mller392@example.com,employer,US,free,71,2022-12-24,2024-06-06 23:49:22,2024-03-31 03:34:53,true
393,Ann Johansson,ann.johansson393@mail.test,employer,US,free,131,2023-04-03,2023-04-27 19:53:09,,true
394,Yuki Brown,yuki.brown394@uni.edu,student,GB,free,36,2022-02-06,2024-06-03 09:23:46,2024-02-28 17:20:06,true
395,Ann-Marie Papadopoulos,ann-marie.papadopoulos395@example.com,student,GB,free,631,2023-10-11,2024-05-14 04:08:32,,true
396,Fatima Singh,fatima.singh396@mail.test,student,JP,free,476,2022-11-04,2022-11-21 22:38:39,2024-02-27 07:17:18,true
397,Mei O'Neil,mei.o'neil397@EXAMPLE.ORG,admin,AU,pro,369,2023-01-27,2024-04-26 08:41:38,2024-06-09 19:46:48,true
398,José Johansson,jos.johansson398@example.com,staff,ES,free,326,2022-05-18,2024-06-17 05:06:34,2024-05-16 02:52:59,true
399,Joanna Müller,joanna.mller399@EXAMPLE.ORG,employer,DE,pro,595,2024-02-17,2024-04-23 16:29:17,2024-06-14 16:54:15,true
400,Li Papadopoulos,li.papadopoulos400@uni.edu,student,US,free,616,2021-07-17,2024-05-22 23:02:15,2024-01-14 09:42:47,true
401,Anna Rossi,anna.rossi401@EXAMPLE.ORG,alumni,US,enterprise,932,2023-08-07,2024-05-22 12:57:11,2024-02-25 18:50:51,true
402,Chidi Johansson,chidi.johansson402@EXAMPLE.ORG,staff,ES,pro,945,2024-06-18,2024-06-19 07:20:45,2024-02-18 16:13:19,true
403,Hannah García,hannah.garca403@uni.edu,student,US,free,825,2021-03-10,2024-04-08 16:04:52,,true
404,Björn Brown,bjrn.brown404@example.com,alumni,FR,free,917,2022-07-17,2024-06-27 16:20:08,2024-01-06 08:37:35,true
405,Li Singh,li.singh405@example.com,staff,FR,free,718,2024-01-15,2024-04-29 08:26:51,2024-01-10 13:59:08,true
406,Ève Smith,ve.smith406@example.org,alumni,IN,free,796,2023-07-22,2024-05-08 00:06:45,2024-06-27 12:23:10,true
407,Li Kowalski,li.kowalski407@example.org,alumni,US,free,980,2023-07-22,2023-07-28 10:13:50,2024-02-10 20:05:52,false
408,Joanna Johansson,joanna.johansson408@EXAMPLE.ORG,admin,DE,enterprise,501,2023-05-08,2024-06-23 11:49:51,2024-01-26 16:08:06,false
409,Ravi Dubois,ravi.dubois409@mail.test,alumni,CA,free,246,2024-05-08,2024-05-12 09:28:01,2024-02-06 05:50:58,true
410,Björn Tanaka,bjrn.tanaka410@EXAMPLE.ORG,employer,CA,free,995,2023-10-26,2024-06-07 18:58:09,2024-03-03 20:50:30,true
411,Ann-Marie Tanaka,ann-marie.tanaka411@example.com,alumni,US,free,595,2022-06-08,2023-07-30 08:46:37,2024-05-24 07:40:37,true
412,Ève Müller,ve.mller412@uni.edu,staff,US,free,733,2022-08-11,2024-05-02 09:22:14,2024-01-03 04:29:06,false
413,José Müller,jos.mller413@EXAMPLE.ORG,alumni,US,free,113,2023-02-06,2024-05-22 03:35:25,2024-06-11 07:57:46,true
414,Omar O'Neil,omar.o'neil414@example.com,student,IN,free,905,2022-11-14,2022-12-11 21:29:25,2024-02-02 16:24:45,false
415,Anna O'Neil,anna.o'neil415@uni.edu,student,BR,free,440,2023-05-01,2024-05-18 01:08:21,2024-02-28 18:15:28,true
416,李雷 Smith,u416.smith416@uni.edu,student,JP,free,93,2023-01-16,,,true
417,Fatima Tanaka,fatima.tanaka417@uni.edu,alumni,DE,free,242,2022-09-26,2022-10-20 09:07:41,2024-02-11 09:33:52,true
418,Ann Nguyen,ann.nguyen418@uni.edu,staff,FR,free,848,2021-07-09,2024-06-17 22:26:09,,true
419,Chidi Singh,chidi.singh419@uni.edu,employer,US,enterprise,385,2023-03-18,,2024-04-15 15:21:56,true
420,Sara Rossi,sara.rossi420@mail.test,student,GB,pro,301,2022-08-22,2024-06-05 16:03:03,,true
421,Hannah García,hannah.garca421@EXAMPLE.ORG,student,IN,pro,499,2022-05-12,2024-06-06 08:36:36,,true
422,"José ""Brown"" Jr",jos.brown422@EXAMPLE.ORG,student,BR,pro,302,2024-03-30,2024-06-16 16:26:43,2024-04-01 20:53:08,true
423,José Dubois,jos.dubois423@uni.edu,alumni,GB,pro,192,2022-11-09,2022-11-27 20:06:30,2024-01-05 13:49:35,true
424,Chidi O'Neil,chidi.o'neil424@example.com,employer,JP,free,,2022-10-23,2024-04-04 16:44:37,,true
425,Zoë Müller,zo.mller425@example.com,student,US,pro,181,2022-08-19,2024-05-07 20:28:27,2024-02-17 14:55:27,true
426,Zoë Tanaka,zo.tanaka426@example.com,employer,IN,free,793,2023-11-25,2024-06-14 20:29:50,2024-04-20 10:22:23,true
427,José Brown,jos.brown427@uni.edu,student,GB,free,494,2021-05-03,2024-05-19 10:46:57,2024-01-05 16:07:38,true
428,Mei Johansson,mei.johansson428@mail.test,employer,US,free,759,2022-02-08,2023-12-04 00:10:31,2024-04-11 09:26:35,true
429,Anna Smith,anna.smith429@example.org,student,IN,free,289,2024-01-05,2024-05-23 10:59:57,2024-05-25 09:16:17,true
430,Fatima Nguyen,fatima.nguyen430@mail.test,student,ES,free,434,2023-05-16,2023-06-08 21:35:16,2024-03-09 00:26:04,true
431,Ann Singh,ann.singh431@mail.test,student,IN,free,147,2022-01-05,2022-01-23 13:26:49,2024-05-13 15:23:30,true
432,Chidi Papadopoulos,chidi.papadopoulos432@example.com,staff,IN,free,423,2022-06-17,2024-06-23 05:39:53,,false
433,Sara Okafor,sara.okafor433@uni.edu,student,CA,free,943,2023-01-20,2023-01-22 13:08:57,,true
434,Ann-Marie Müller,ann-marie.mller434@EXAMPLE.ORG,student,JP,enterprise,251,2024-01-02,2024-06-24 12:09:56,2023-12-14 09:56:54,true
435,Chidi Okafor,chidi.okafor435@example.com,student,DE,free,493,2022-04-20,2024-01-29 18:29:36,2023-12-14 06:30:53,true
436,Hannah Singh,hannah.singh436@EXAMPLE.ORG,alumni,NG,free,122,2022-01-05,,2024-05-22 17:00:47,true
437,Ravi Okafor,ravi.okafor437@example.com,student,US,free,920,2021-05-19,2024-06-22 03:19:48,2024-06-19 08:05:50,true
438,Ravi Dubois,ravi.dubois438@example.com,alumni,DE,free,669,2023-01-16,2024-06-01 11:19:35,2024-03-12 20:24:58,false
439,李雷 Johansson,u439.johansson439@uni.edu,student,MX,pro,804,2022-10-05,2023-10-11 08:10:14,2024-02-22 02:27:03,true
440,Yuki Papadopoulos,yuki.papadopoulos440@uni.edu,student,CA,free,159,2024-02-19,2024-05-21 16:17:12,2024-02-26 23:14:30,true
441,Ravi Okafor,ravi.okafor441@example.com,employer,US,pro,321,2022-02-20,2022-05-13 11:16:28,2024-06-04 04:07:55,true
442,Mei Papadopoulos,mei.papadopoulos442@example.org,student,FR,pro,286,2023-08-29,2024-06-18 15:52:04,2024-01-22 21:35:33,true
443,Joanna Müller,joanna.mller443@example.com,student,AU,pro,650,2023-03-18,2024-04-08 15:44:36,2024-05-22 18:18:38,true
444,Ève O'Neil,ve.o'neil444@EXAMPLE.ORG,employer,GB,free,975,2022-11-29,2022-12-24 10:49:58,2024-06-28 04:11:56,false
445,Li Brown,li.brown445@EXAMPLE.ORG,student,US,pro,113,2022-05-29,2024-04-17 13:59:27,2024-02-01 14:32:29,true
446,Tom Müller,tom.mller446@example.com,student,IN,free,795,2022-09-28,2024-05-28 05:06:59,2023-12-14 02:43:02,true
447,Ève Singh,ve.singh447@mail.test,student,US,free,740,2023-08-10,2024-04-03 18:55:11,2024-05-05 10:50:05,true
448,Anna Nguyen,anna.nguyen448@example.org,employer,IN,free,953,2023-04-09,2023-04-22 22:23:03,2023-12-22 08:23:32,true
449,Tom Singh,tom.singh449@uni.edu,staff,US,free,379,2023-09-18,2023-10-16 13:25:36,2024-02-21 23:11:51,false
450,Hannah Müller,hannah.mller450@example.org,admin,GB,free,2,2023-03-27,2024-06-26 06:30:43,,true
451,Ann Kowalski,ann.kowalski451@EXAMPLE.ORG,student,GB,free,874,2023-01-17,2023-02-01 22:09:13,2024-04-12 22:25:53,false
452,Ann Nguyen,ann.nguyen452@example.org,student,US,free,971,2021-10-18,2024-05-22 18:13:52,2024-05-06 17:19:25,false
453,Yuki Dubois,yuki.dubois453@mail.test,admin,DE,free,56,2022-04-20,2022-04-26 05:09:38,2024-04-22 10:30:51,true
454,Sara Smith,sara.smith454@EXAMPLE.ORG,alumni,GB,free,286,2024-02-16,,2024-01-29 21:59:07,true
455,Sara Brown,sara.brown455@mail.test,student,BR,pro,533,2024-03-07,2024-05-29 18:42:16,2024-02-18 08:08:23,true
456,Ann-Marie Okafor,ann-marie.okafor456@uni.edu,student,DE,free,139,2024-05-28,2024-06-04 21:44:22,2024-03-28 15:02:49,true
457,Jean-Luc Johansson,jean-luc.johansson457@example.org,student,IN,free,597,2023-09-03,2024-06-25 19:10:15,2024-03-25 15:13:54,true
458,Ravi Brown,ravi.brown458@EXAMPLE.ORG,student,CA,free,882,2022-11-15,2023-09-22 09:07:19,,true
459,O'Brien Kowalski,o'brien.kowalski459@mail.test,student,JP,free,0,2022-12-02,2024-06-15 09:01:30,2024-06-24 08:32:25,true
460,Ann-Marie Tanaka,ann-marie.tanaka460@mail.test,admin,CA,free,508,2021-02-03,2024-04-26 20:30:03,2024-04-03 03:48:36,true
461,Sara Kowalski,sara.kowalski461@uni.edu,alumni,US,free,527,2023-02-04,2024-04-07 22:25:13,2023-12-18 05:33:49,true
462,Omar Papadopoulos,omar.papadopoulos462@mail.test,student,US,free,718,2022-04-01,2023-02-25 00:15:03,,true
463,Joanna Okafor,joanna.okafor463@uni.edu,student,GB,free,151,2022-10-29,2024-05-21 07:32:04,2024-06-08 09:02:22,true
464,Zoë Okafor,zo.okafor464@EXAMPLE.ORG,alumni,US,free,766,2024-02-10,2024-06-21 22:50:44,2024-06-26 15:15:39,false
465,Ann Okafor,ann.okafor465@example.org,student,US,free,253,2022-09-29,2024-06-30 23:08:45,2024-02-20 02:54:02,true
466,Fatima Nguyen,fatima.nguyen466@EXAMPLE.ORG,student,US,free,903,2022-07-24,2024-06-28 01:25:22,2023-12-23 02:05:33,true
467,Ann Smith,ann.smith467@example.com,staff,JP,pro,745,2023-07-13,2024-06-30 14:01:09,2024-02-04 02:49:04,true
468,Li Nguyen,li.nguyen468@EXAMPLE.ORG,employer,US,pro,221,2022-11-27,2023-08-04 02:44:31,,false
469,Tom Okafor,tom.okafor469@example.com,student,US,pro,141,2024-04-30,2024-05-17 18:25:27,2024-06-29 04:59:52,true
470,Anna Tanaka,anna.tanaka470@uni.edu,alumni,FR,pro,125,2022-05-08,2022-05-28 13:09:20,,true
471,Tom Papadopoulos,tom.papadopoulos471@example.com,student,US,free,653,2022-06-03,2023-05-05 14:27:08,2024-05-08 20:49:26,false
472,Yuki Johansson,yuki.johansson472@example.com,employer,FR,pro,731,2023-01-17,2024-06-23 02:07:39,,false
473,Hannah Papadopoulos,hannah.papadopoulos473@mail.test,student,AU,enterprise,904,2023-04-03,2023-05-01 17:23:13,2024-04-17 13:28:55,false
474,Yuki Dubois,yuki.dubois474@EXAMPLE.ORG,student,DE,free,43,2022-09-19,2024-04-23 12:47:56,,false
475,Tom Müller,tom.mller475@example.org,alumni,US,enterprise,315,2023-08-31,2024-06-26 22:13:33,,true
476,O'Brien Johansson,o'brien.johansson476@example.com,employer,DE,free,790,2021-07-18,2024-06-10 23:33:17,,true
477,Björn Johansson,bjrn.johansson477@mail.test,alumni,US,pro,,2023-04-22,2024-05-25 08:14:19,2024-05-23 07:18:28,true
478,Tom Papadopoulos,tom.papadopoulos478@EXAMPLE.ORG,alumni,IN,free,804,2024-04-13,2024-06-15 12:53:22,2024-05-05 11:44:25,true
479,Hannah Nguyen,hannah.nguyen479@example.org,student,DE,free,705,2022-10-25,2022-11-22 18:07:15,2024-05-21 09:16:09,false
480,Ann-Marie Okafor,ann-marie.okafor480@uni.edu,student,GB,free,682,2024-05-18,2024-06-24 08:43:27,,false
481,Fatima Singh,fatima.singh481@EXAMPLE.ORG,alumni,ES,free,126,2022-12-24,2024-06-26 06:53:14,2024-05-21 07:27:04,true
482,Ève Tanaka,ve.tanaka482@uni.edu,alumni,US,free,193,2023-06-04,2024-04-22 07:07:57,2024-06-19 20:15:40,true
483,Hannah Dubois,hannah.dubois483@example.com,student,JP,free,265,2021-08-25,2024-06-19 07:43:47,2024-01-10 05:23:35,true
484,Fatima Nguyen,fatima.nguyen484@EXAMPLE.ORG,student,DE,free,129,2024-01-24,2024-05-20 10:37:52,2024-06-02 01:55:36,true
485,"Dubois, Ravi",ravi.dubois485@uni.edu,staff,US,free,870,2024-01-05,2024-01-12 09:38:33,,true
486,Björn Brown,bjrn.brown486@EXAMPLE.ORG,student,FR,pro,507,2023-06-12,2023-06-25 15:29:01,2024-02-24 18:05:13,true
487,José Rossi,jos.rossi487@mail.test,alumni,GB,pro,242,2024-02-03,2024-06-30 11:35:50,,false
488,O'Brien Johansson,o'brien.johansson488@EXAMPLE.ORG,alumni,FR,pro,160,2022-05-22,2022-06-13 01:04:17,2024-04-08 20:33:17,true
489,Ann-Marie García,ann-marie.garca489@uni.edu,employer,BR,free,750,2022-03-28,2024-06-09 07:38:59,2023-12-26 15:06:34,true
490,Sara Dubois,sara.dubois490@EXAMPLE.ORG,student,IN,pro,560,2024-04-24,2024-05-15 19:13:37,2024-05-03 23:25:49,false
491,Björn Müller,bjrn.mller491@EXAMPLE.ORG,alumni,GB,enterprise,537,2023-10-27,2024-06-05 13:34:12,2024-04-09 12:02:01,true
492,Joanna Kowalski,joanna.kowalski492@EXAMPLE.ORG,student,GB,pro,891,2023-07-10,2024-06-11 00:51:46,2024-02-19 04:08:54,true
493,Ann-Marie Tanaka,ann-marie.tanaka493@mail.test,student,US,free,137,2023-04-23,2024-04-25 07:10:53,2024-02-01 21:03:26,false
494,Sara Nguyen,sara.nguyen494@example.org,alumni,US,free,803,2022-04-09,2024-06-28 10:17:23,2024-03-30 02:39:11,true
495,Fatima O'Neil,fatima.o'neil495@example.org,student,US,pro,601,2022-01-11,2022-01-21 23:59:44,2024-05-29 20:54:13,false
496,Björn Nguyen,bjrn.nguyen496@example.org,student,IN,free,535,2021-07-15,2024-06-26 13:01:59,2024-02-19 23:53:03,false
497,Mei García,mei.garca497@uni.edu,student,DE,free,973,2023-11-22,2024-06-17 16:25:14,2024-02-29 12:41:11,true
498,李雷 Singh,u498.singh498@example.org,student,FR,free,742,2023-05-09,2024-06-02 06:49:55,2023-12-22 21:23:08,false
499,Tom Dubois,tom.dubois499@mail.test,student,MX,free,203,2021-09-11,2023-01-15 22:16:55,2023-12-24 23:07:55,true
500,O'Brien Johansson,o'brien.johansson500@uni.edu,student,US,free,85,2022-05-07,2024-05-06 15:50:18,2024-02-16 22:09:20,true
501,Hannah Smith,hannah.smith501@example.org,student,AU,free,61,2022-10-27,2024-06-10 05:28:12,2024-04-16 02:33:37,true
502,Tom Papadopoulos,tom.papadopoulos502@EXAMPLE.ORG,student,IN,pro,851,2022-01-16,2024-06-28 10:37:41,2024-01-28 18:52:14,false
503,Hannah Müller,hannah.mller503@mail.test,employer,JP,free,673,2023-04-18,2023-09-16 11:29:46,2024-02-21 15:37:27,true
504,Yuki Papadopoulos,yuki.papadopoulos504@example.org,student,GB,pro,943,2022-04-27,2024-03-31 00:11:13,2024-06-14 00:04:58,true
505,Sara O'Neil,sara.o'neil505@example.com,student,US,pro,357,2023-02-27,2024-06-25 03:30:35,2024-03-20 00:03:01,true
506,Anna Tanaka,anna.tanaka506@example.com,student,IN,pro,230,2023-03-14,2024-06-25 19:45:50,,true
507,Joanna Brown,joanna.brown507@mail.test,student,NG,enterprise,1000,2024-04-13,2024-05-08 06:14:45,,true
508,Anna Tanaka,anna.tanaka508@EXAMPLE.ORG,student,ES,free,611,2024-04-16,2024-06-22 19:51:01,2024-02-07 13:19:02,true
509,O'Brien Dubois,o'brien.dubois509@example.org,student,US,enterprise,223,2024-04-07,2024-05-26 07:03:18,,true
510,Tom Papadopoulos,tom.papadopoulos510@uni.edu,alumni,JP,free,641,2021-08-18,2022-08-13 01:41:43,2024-05-15 18:17:56,true
511,Ann Tanaka,ann.tanaka511@EXAMPLE.ORG,student,GB,free,7,2022-02-19,2022-03-17 05:18:25,,true
512,Joanna Okafor,joanna.okafor512@example.org,student,FR,free,780,2021-09-09,2024-06-29 11:46:51,2024-03-23 02:33:49,true
513,Ann Tanaka,ann.tanaka513@uni.edu,staff,DE,free,565,2022-02-11,2023-03-26 04:50:35,2024-01-01 16:39:38,true
514,Tom Nguyen,tom.nguyen514@mail.test,employer,DE,free,762,2022-06-10,2022-06-18 12:01:01,2024-02-11 09:47:43,true
515,Li Müller,li.mller515@uni.edu,employer,FR,free,689,2023-05-17,2024-05-03 21:42:53,2024-01-15 11:08:11,true
516,Ravi Brown,ravi.brown516@example.org,student,US,free,747,2024-02-29,2024-04-05 17:56:32,,true
517,Hannah Singh,hannah.singh517@mail.test,employer,BR,free,675,2022-12-06,2024-06-09 17:38:48,2024-01-28 20:39:37,false
518,Diego Smith,diego.smith518@uni.edu,employer,ES,free,979,2021-11-16,2024-06-01 10:37:32,2024-03-26 18:46:55,true
519,Hannah Papadopoulos,hannah.papadopoulos519@example.org,employer,US,free,470,2022-03-17,2022-03-23 14:24:26,2024-01-22 18:12:40,true
520,Ravi García,ravi.garca520@EXAMPLE.ORG,alumni,NG,free,24,2022-03-01,,2024-04-21 21:19:45,true
521,Omar Papadopoulos,omar.papadopoulos521@example.com,student,BR,free,141,2022-07-18,2024-04-22 11:14:38,,true
522,Ann-Marie Tanaka,ann-marie.tanaka522@uni.edu,student,US,free,362,2023-08-03,2024-05-19 06:06:14,2024-04-03 21:33:15,true
523,Diego Brown,diego.brown523@uni.edu,student,DE,free,946,2023-08-19,2024-06-29 10:03:09,2024-01-09 20:37:34,true
524,Yuki Dubois,yuki.dubois524@uni.edu,student,US,free,275,2022-04-11,2022-04-22 20:46:04,,true
525,Li Johansson,li.johansson525@mail.test,student,ES,free,215,2022-08-10,2022-08-10 20:18:54,2024-03-10 22:01:34,true
526,Hannah Singh,hannah.singh526@example.com,student,IN,free,577,2021-08-20,2024-06-22 19:54:14,2024-04-10 16:23:10,true
527,Anna Nguyen,anna.nguyen527@uni.edu,student,CA,free,789,2023-05-30,2023-10-15 02:43:33,2023-12-16 21:26:03,false
528,Björn Nguyen,bjrn.nguyen528@example.org,staff,US,enterprise,330,2022-01-04,2022-01-16 08:53:44,2024-03-24 07:36:36,true
529,José Rossi,jos.rossi529@example.com,student,US,free,497,2021-08-12,2024-06-20 13:18:06,2024-04-11 01:49:01,true
530,José Singh,jos.singh530@example.org,admin,CA,free,,2023-11-24,,2023-12-30 12:04:04,false
531,Chidi Müller,chidi.mller531@EXAMPLE.ORG,alumni,AU,pro,230,2022-03-20,2024-06-24 18:05:27,2024-04-01 05:27:29,true
532,Tom Johansson,tom.johansson532@example.org,alumni,GB,free,107,2022-03-13,2024-05-25 22:30:44,2024-03-13 13:59:12,false
533,Ève Tanaka,ve.tanaka533@uni.edu,student,GB,pro,293,2023-04-16,2024-05-06 14:01:06,,true
534,Anna Johansson,anna.johansson534@uni.edu,student,DE,free,543,2022-04-22,2024-05-04 13:57:08,2024-04-25 03:38:45,true
535,Sara Nguyen,sara.nguyen535@example.com,alumni,US,free,430,2023-06-13,2024-04-26 23:22:51,,true
536,Jean-Luc Smith,jean-luc.smith536@example.org,student,ES,free,48,2022-10-29,2023-01-25 13:27:25,2024-01-20 20:35:31,true
537,李雷 Müller,u537.mller537@mail.test,alumni,US,enterprise,358,2022-08-09,2022-08-29 10:56:57,2023-12-22 21:25:11,true
538,Ann Brown,ann.brown538@example.org,employer,GB,free,947,2022-02-14,2022-02-14 19:24:08,2023-12-31 04:19:31,true
539,Fatima Smith,fatima.smith539@uni.edu,staff,NG,free,204,2023-05-31,2023-06-23 17:06:26,,true
540,Tom Nguyen,tom.nguyen540@example.org,alumni,US,pro,342,2024-03-31,2024-04-08 12:05:32,2024-05-24 14:24:17,true
541,Fatima García,fatima.garca541@uni.edu,student,CA,free,940,2022-07-27,2024-04-11 09:09:15,,true
542,Mei Okafor,mei.okafor542@example.org,student,DE,free,68,2022-09-14,2024-06-06 08:45:14,2024-02-18 00:15:46,true
543,Tom García,tom.garca543@example.org,student,US,free,267,2023-06-30,2024-04-26 01:35:39,2024-02-17 12:06:46,false
544,Anna Müller,anna.mller544@example.org,student,US,free,336,2023-11-15,2024-05-12 12:53:25,2024-01-30 02:34:37,true
545,Mei García,mei.garca545@uni.edu,student,GB,pro,14,2022-10-31,2023-07-28 14:31:33,2024-06-23 03:38:33,true
546,Mei García,mei.garca546@example.org,employer,US,free,589,2021-08-11,2024-05-27 20:12:56,,true
547,Ann-Marie Kowalski,ann-marie.kowalski547@EXAMPLE.ORG,alumni,ES,enterprise,831,2024-05-14,2024-06-18 14:35:27,2024-06-03 00:32:08,true
548,Mei Okafor,mei.okafor548@mail.test,alumni,US,free,114,2022-10-23,2024-05-10 12:11:39,2023-12-16 06:16:01,true
549,李雷 Papadopoulos,u549.papadopoulos549@example.com,employer,FR,free,614,2021-06-03,2024-06-21 06:37:55,2024-01-30 03:04:17,true
550,Jean-Luc Tanaka,jean-luc.tanaka550@EXAMPLE.ORG,student,GB,free,189,2021-07-11,2024-06-28 05:29:35,2024-06-26 04:14:00,true
551,Hannah Kowalski,hannah.kowalski551@example.com,student,US,free,876,2021-05-05,2024-06-21 16:43:58,2024-03-15 15:08:39,true
552,李雷 Tanaka,u552.tanaka552@mail.test,student,GB,enterprise,22,2023-05-25,2024-06-29 01:48:32,2024-05-24 03:09:57,true
553,Hannah Müller,hannah.mller553@uni.edu,student,GB,free,991,2023-03-23,2024-04-09 21:53:01,,true
554,Mei Papadopoulos,mei.papadopoulos554@example.org,student,CA,free,704,2024-02-26,2024-03-16 17:51:52,2024-02-16 19:11:29,false
555,José Brown,jos.brown555@example.org,student,GB,free,463,2022-07-23,2023-05-03 05:18:55,,false
556,Chidi Tanaka,chidi.tanaka556@example.com,staff,DE,enterprise,79,2023-10-07,,2024-06-08 21:48:48,true
557,Sara Dubois,sara.dubois557@uni.edu,employer,DE,pro,680,2023-09-05,2024-06-17 09:02:02,2024-05-19 10:03:26,true
558,Jean-Luc Dubois,jean-luc.dubois558@example.org,student,IN,pro,921,2023-12-28,2024-04-04 18:05:58,2024-02-26 05:05:07,true
559,李雷 Kowalski,u559.kowalski559@example.com,student,US,free,616,2021-10-14,2024-04-26 05:48:15,2024-03-23 08:24:23,true
560,Hannah Kowalski,hannah.kowalski560@example.com,student,IN,free,642,2024-01-29,2024-06-27 14:14:27,,true
561,Diego Johansson,diego.johansson561@example.org,alumni,FR,free,244,2024-05-20,2024-05-25 17:59:50,,true
562,Tom O'Neil,tom.o'neil562@EXAMPLE.ORG,employer,GB,free,273,2022-12-05,2024-05-20 10:45:12,,false
563,李雷 Singh,u563.singh563@mail.test,student,GB,free,27,2024-04-27,2024-05-15 18:09:35,2024-04-05 17:09:49,true
564,Diego Nguyen,diego.nguyen564@example.com,admin,GB,free,12,2022-05-15,2024-05-07 08:20:49,2024-04-05 04:08:27,true
565,Li Papadopoulos,li.papadopoulos565@EXAMPLE.ORG,staff,ES,free,500,2022-11-18,2023-09-16 01:38:16,2024-02-07 11:08:49,true
566,Ann-Marie Nguyen,ann-marie.nguyen566@example.com,student,US,free,996,2023-05-09,2024-05-11 08:56:28,2024-03-22 18:33:34,false
567,Jean-Luc Papadopoulos,jean-luc.papadopoulos567@uni.edu,student,US,free,334,2022-06-14,2022-06-23 19:36:37,2024-02-17 05:16:29,true
568,Ann-Marie Smith,ann-marie.smith568@EXAMPLE.ORG,alumni,DE,free,344,2024-02-20,2024-05-26 02:55:27,2024-06-23 09:56:10,true
569,Diego Tanaka,diego.tanaka569@example.com,student,US,free,426,2024-04-13,2024-05-01 21:11:08,2024-03-29 15:07:23,true
570,Hannah Smith,hannah.smith570@uni.edu,student,JP,free,536,2022-04-13,2024-04-28 05:45:57,2023-12-25 03:37:19,true
571,Tom Müller,tom.mller571@uni.edu,employer,FR,pro,576,2024-02-14,2024-06-16 01:25:05,2024-05-03 16:26:08,true
572,Li Rossi,li.rossi572@uni.edu,admin,US,free,734,2022-06-26,2024-06-08 14:48:59,2024-04-01 13:24:05,true
573,Björn Papadopoulos,bjrn.papadopoulos573@example.org,student,US,free,704,2022-12-18,,2024-04-22 08:42:07,true
574,Li Singh,li.singh574@example.com,student,GB,free,194,2024-04-13,2024-05-09 09:37:10,2024-01-30 18:22:07,false
575,Fatima Tanaka,fatima.tanaka575@example.org,staff,ES,free,465,2024-04-23,2024-05-17 06:42:49,2024-04-26 08:52:27,true
576,Li Müller,li.mller576@EXAMPLE.ORG,student,AU,free,410,2024-02-08,2024-02-15 03:40:24,2024-05-23 16:40:40,true
577,O'Brien O'Neil,o'brien.o'neil577@example.com,employer,FR,free,624,2021-12-26,2022-01-15 14:15:51,2024-01-30 08:01:16,true
578,Sara Tanaka,sara.tanaka578@EXAMPLE.ORG,student,GB,free,887,2024-05-13,2024-06-12 22:09:56,2024-05-26 11:52:11,false
579,Zoë Tanaka,zo.tanaka579@EXAMPLE.ORG,student,IN,free,996,2022-03-21,2023-04-05 12:56:50,2024-02-18 16:38:07,true
580,Hannah Papadopoulos,hannah.papadopoulos580@example.org,student,US,free,694,2023-03-22,2024-06-18 14:39:00,2023-12-26 18:57:49,true
581,Anna Singh,anna.singh581@mail.test,alumni,US,pro,355,2021-06-03,2024-02-27 07:48:34,2024-02-06 01:31:25,true
582,"O'Neil, Chidi",chidi.o'neil582@example.org,student,CA,free,495,2021-08-18,2024-06-28 11:21:22,,true
583,Joanna O'Neil,joanna.o'neil583@uni.edu,student,US,free,,2024-03-20,2024-04-13 04:05:53,2024-04-14 16:03:34,true
584,Mei Dubois,mei.dubois584@example.org,staff,DE,free,568,2024-05-14,2024-06-01 03:06:05,,true
585,José Singh,jos.singh585@example.org,student,FR,free,439,2022-06-25,2023-06-05 02:18:54,2024-05-30 20:40:52,false
586,Tom O'Neil,tom.o'neil586@example.org,admin,US,free,307,2021-08-04,2023-10-23 04:44:10,2024-01-08 23:46:08,true
587,Yuki Müller,yuki.mller587@example.com,student,US,pro,335,2021-04-30,2024-06-10 03:43:18,2024-02-24 09:47:31,true
588,Chidi Tanaka,chidi.tanaka588@example.org,student,DE,free,192,2022-03-03,,2024-04-06 05:56:29,true
589,Li Smith,li.smith589@mail.test,student,ES,pro,934,2022-06-21,2023-11-01 06:39:17,2024-02-24 08:57:31,true
590,Ravi Müller,ravi.mller590@mail.test,student,US,free,397,2022-07-30,2024-06-18 23:18:03,,true
591,Joanna Okafor,joanna.okafor591@mail.test,student,CA,pro,836,2021-08-17,2024-04-12 01:34:46,2024-06-06 16:22:51,true
592,Tom Johansson,tom.johansson592@example.com,student,ES,free,786,2023-05-15,2024-05-17 11:30:21,,false
593,O'Brien O'Neil,o'brien.o'neil593@EXAMPLE.ORG,student,AU,free,770,2021-07-23,2024-04-13 20:49:07,,true
594,José Rossi,jos.rossi594@example.org,employer,IN,free,944,2023-08-26,2024-06-29 09:35:32,,true
595,Mei Tanaka,mei.tanaka595@example.com,student,MX,free,267,2023-07-08,2024-06-07 22:58:33,2023-12-31 17:58:22,true
596,Yuki O'Neil,yuki.o'neil596@example.org,employer,IN,pro,663,2021-12-18,2024-06-19 17:35:37,,false
597,Diego Kowalski,diego.kowalski597@example.org,alumni,US,pro,686,2022-06-02,2024-06-11 03:15:59,2024-01-22 20:48:32,true
598,José Johansson,jos.johansson598@example.org,student,US,pro,670,2022-07-02,2024-06-27 20:53:06,2024-03-20 01:36:43,true
599,Hannah Dubois,hannah.dubois599@example.org,alumni,US,free,344,2023-05-29,2023-06-27 05:21:03,2024-01-21 12:50:53,true
600,Omar Papadopoulos,omar.papadopoulos600@example.com,student,IN,free,676,2021-11-03,2023-05-02 12:53:33,2024-01-02 18:12:14,true
601,Diego Brown,diego.brown601@uni.edu,student,US,pro,1000,2023-08-23,2024-05-17 16:35:35,,true
602,Yuki O'Neil,yuki.o'neil602@example.org,alumni,US,pro,100,2023-11-29,2023-12-04 14:19:15,,false
603,Ève Nguyen,ve.nguyen603@example.com,alumni,DE,free,865,2023-07-03,2024-04-29 22:30:35,2024-01-20 22:46:00,false
604,Yuki Johansson,yuki.johansson604@EXAMPLE.ORG,alumni,IN,free,972,2023-08-11,2024-04-04 22:38:39,2024-03-25 16:02:54,true
605,Li Dubois,li.dubois605@mail.test,alumni,DE,pro,569,2022-10-16,2024-06-18 15:59:06,,false
606,Mei Smith,mei.smith606@uni.edu,alumni,DE,free,966,2022-11-28,2024-04-13 22:09:01,,true
607,Zoë Smith,zo.smith607@uni.edu,student,CA,free,817,2022-06-20,2024-04-06 00:42:18,2024-01-26 16:42:44,true
608,Mei Brown,mei.brown608@example.com,staff,BR,free,493,2022-07-16,2023-11-23 00:20:32,2024-04-14 21:22:20,true
609,Ève Rossi,ve.rossi609@mail.test,student,GB,free,502,2023-08-27,2024-06-04 19:53:55,,true
610,Fatima Smith,fatima.smith610@example.org,student,US,free,208,2023-03-11,2024-05-20 12:16:39,2024-03-13 03:11:53,true
611,Tom Dubois,tom.dubois611@mail.test,alumni,FR,pro,726,2022-03-20,2024-06-03 02:20:32,2024-03-17 05:57:27,false
612,Diego Kowalski,diego.kowalski612@mail.test,student,ES,pro,192,2023-12-27,2024-04-08 06:17:15,,true
613,Sara O'Neil,sara.o'neil613@example.org,student,US,enterprise,263,2022-03-01,2024-04-20 15:57:39,2024-02-11 16:58:55,true
614,Jean-Luc Dubois,jean-luc.dubois614@mail.test,staff,DE,free,988,2021-05-23,2024-06-30 00:58:31,2024-04-13 09:11:24,true
615,Ève Johansson,ve.johansson615@example.org,alumni,GB,pro,682,2022-04-22,2022-05-05 10:44:17,2024-05-10 20:43:20,true
616,Ève Müller,ve.mller616@EXAMPLE.ORG,student,US,free,682,2022-03-25,2022-04-07 03:36:28,2024-01-25 22:08:15,true
617,Hannah Singh,hannah.singh617@example.org,student,IN,free,248,2022-11-21,2023-09-11 00:19:28,2023-12-16 22:28:50,true
618,José Müller,jos.mller618@uni.edu,alumni,CA,free,876,2023-06-17,2024-04-18 02:28:20,2024-03-19 12:03:02,false
619,Joanna Müller,joanna.mller619@example.org,employer,GB,enterprise,21,2021-07-20,2024-06-28 18:12:18,2024-03-30 07:21:33,false
620,Jean-Luc Nguyen,jean-luc.nguyen620@mail.test,student,AU,free,259,2023-07-24,2024-06-19 19:42:46,2024-05-11 08:09:41,true
621,Ève Smith,ve.smith621@example.org,employer,FR,free,60,2023-02-08,2024-06-28 22:36:30,2024-02-11 16:55:29,false
622,Fatima Papadopoulos,fatima.papadopoulos622@example.com,student,DE,enterprise,26,2024-02-10,2024-06-29 23:11:19,2024-01-24 00:24:35,true
623,Hannah Papadopoulos,hannah.papadopoulos623@uni.edu,alumni,US,free,39,2024-01-26,2024-06-14 04:27:12,,false
624,李雷 Nguyen,u624.nguyen624@example.org,employer,BR,pro,128,2022-10-16,2023-04-27 01:29:06,2024-01-24 13:06:41,true
625,Ann Müller,ann.mller625@uni.edu,student,FR,free,854,2022-08-27,2022-09-09 16:55:46,2024-03-30 23:01:28,false
626,Omar Okafor,omar.okafor626@example.com,student,BR,free,796,2023-03-13,2024-06-17 00:45:06,2024-04-20 15:36:47,false
627,Björn Tanaka,bjrn.tanaka627@mail.test,student,FR,pro,399,2023-08-02,2024-05-06 21:56:11,2024-02-16 04:38:56,true
628,Anna Smith,anna.smith628@example.com,student,DE,free,571,2023-09-10,2024-06-29 04:36:54,2024-06-21 23:06:36,true
629,Ann Brown,ann.brown629@mail.test,student,US,free,27,2021-05-10,2024-04-08 12:47:25,2024-06-16 14:48:43,true
630,Mei Kowalski,mei.kowalski630@mail.test,staff,MX,free,110,2022-12-24,2024-06-25 19:22:16,2024-04-07 06:45:41,true
631,José Johansson,jos.johansson631@example.com,alumni,AU,free,79,2024-04-12,2024-06-11 09:22:33,2024-06-23 06:07:22,true
632,Chidi Dubois,chidi.dubois632@mail.test,admin,DE,free,815,2021-08-17,2024-04-09 17:21:05,2024-01-01 05:56:42,false
633,"Ravi ""Müller"" Jr",ravi.mller633@example.org,student,US,pro,572,2022-02-01,2024-04-05 07:40:33,,true
634,José Brown,jos.brown634@mail.test,student,US,free,170,2024-03-16,2024-06-03 03:42:37,2024-01-18 16:31:22,true
635,Anna Tanaka,anna.tanaka635@uni.edu,staff,US,free,254,2023-06-02,2024-06-05 00:08:28,2024-06-19 04:39:07,false
636,Anna Dubois,anna.dubois636@example.org,student,DE,pro,,2023-02-17,2024-05-23 20:49:00,2024-01-10 20:18:59,true
637,Diego O'Neil,diego.o'neil637@mail.test,student,ES,free,633,2022-11-22,2024-05-20 11:35:51,2024-04-18 19:36:59,true
638,Tom Smith,tom.smith638@example.org,student,GB,pro,884,2023-09-07,2024-06-27 04:23:49,2024-03-18 06:45:50,false
639,Tom Dubois,tom.dubois639@mail.test,employer,US,free,83,2024-02-24,2024-06-21 06:57:10,,true
640,O'Brien Brown,o'brien.brown640@uni.edu,alumni,IN,free,965,2024-05-14,2024-06-02 06:02:28,,true
641,Anna García,anna.garca641@EXAMPLE.ORG,alumni,US,free,38,2024-01-20,2024-05-31 16:44:25,2024-01-28 23:08:01,true
642,José Tanaka,jos.tanaka642@mail.test,alumni,US,enterprise,733,2022-01-19,2024-06-24 16:44:58,2024-02-19 03:33:00,true
643,Diego O'Neil,diego.o'neil643@EXAMPLE.ORG,student,JP,pro,859,2022-08-25,2023-03-26 21:53:02,2024-01-08 12:48:36,true
644,Ann Smith,ann.smith644@example.com,student,IN,free,57,2023-09-09,2023-12-16 02:06:35,2024-01-07 08:34:23,false
645,Tom Singh,tom.singh645@EXAMPLE.ORG,student,FR,pro,834,2023-01-20,2023-08-21 15:10:26,2024-05-02 12:49:23,true
646,Zoë Brown,zo.brown646@uni.edu,student,US,enterprise,800,2023-12-08,2024-05-28 21:08:28,2024-06-29 21:57:04,true
647,Diego Brown,diego.brown647@example.com,staff,GB,free,295,2021-07-04,2024-05-18 06:27:34,,true
648,李雷 García,u648.garca648@mail.test,student,AU,free,375,2021-12-15,2024-05-27 06:18:53,2024-06-25 03:58:50,true
649,O'Brien Papadopoulos,o'brien.papadopoulos649@uni.edu,alumni,US,free,592,2022-04-17,2024-06-25 06:47:47,2024-05-16 07:37:46,true
650,Ève Rossi,ve.rossi650@example.org,student,FR,free,308,2022-11-12,2023-07-20 20:19:12,2024-05-27 18:04:15,true
651,Ravi Smith,ravi.smith651@example.com,student,CA,free,412,2024-04-28,2024-05-24 20:57:38,2024-03-06 00:17:39,true
652,Diego Rossi,diego.rossi652@mail.test,admin,GB,free,213,2022-01-03,2024-05-20 14:37:23,,false
653,Diego O'Neil,diego.o'neil653@example.org,student,CA,free,51,2022-07-05,2022-07-11 01:30:40,2024-04-12 01:32:27,true
654,O'Brien Kowalski,o'brien.kowalski654@mail.test,alumni,IN,pro,939,2023-01-24,2023-02-18 04:30:04,,true
655,José García,jos.garca655@EXAMPLE.ORG,student,NG,pro,567,2022-12-22,2024-05-15 12:59:46,2024-05-21 02:40:03,false
656,Hannah Tanaka,hannah.tanaka656@mail.test,employer,FR,pro,949,2024-05-16,2024-05-18 19:18:02,2023-12-29 07:09:15,true
657,Jean-Luc O'Neil,jean-luc.o'neil657@uni.edu,alumni,US,pro,521,2023-01-09,2023-07-16 05:11:24,2024-06-18 20:29:58,true
658,Chidi Papadopoulos,chidi.papadopoulos658@example.org,alumni,US,pro,583,2023-04-03,2023-08-24 00:47:53,,false
659,Chidi Rossi,chidi.rossi659@example.com,alumni,CA,pro,756,2023-11-16,2024-04-30 12:33:21,2024-05-23 06:17:05,true
660,Li O'Neil,li.o'neil660@uni.edu,student,AU,free,778,2023-04-14,2024-06-16 05:04:13,2024-05-22 17:09:37,false
661,Ann Rossi,ann.rossi661@EXAMPLE.ORG,student,GB,free,154,2023-02-07,2024-05-08 20:54:01,,true
662,Hannah Okafor,hannah.okafor662@example.org,student,IN,free,867,2022-03-11,2024-06-21 05:26:06,,false
663,Ravi Papadopoulos,ravi.papadopoulos663@mail.test,alumni,NG,free,781,2022-04-12,2024-03-19 13:53:23,2023-12-19 15:37:09,true
664,Tom Brown,tom.brown664@example.com,employer,BR,free,628,2023-09-24,2024-04-15 19:37:19,2024-01-14 11:25:38,true
665,Ann-Marie Singh,ann-marie.singh665@EXAMPLE.ORG,alumni,US,free,421,2022-12-17,2024-06-04 10:54:06,2024-03-06 05:40:30,true
666,Ann O'Neil,ann.o'neil666@mail.test,employer,MX,pro,997,2023-11-06,2024-06-30 14:21:52,2024-03-01 02:42:14,false
667,Chidi Dubois,chidi.dubois667@uni.edu,student,JP,pro,678,2023-04-21,2024-05-28 11:37:14,2024-02-27 12:57:57,true
668,Diego Brown,diego.brown668@EXAMPLE.ORG,alumni,ES,pro,268,2023-10-13,2024-04-19 15:32:04,2024-06-27 15:57:54,true
669,Anna García,anna.garca669@example.com,student,US,pro,430,2022-10-05,2024-04-14 21:32:39,2024-06-16 03:10:55,true
670,Ann Smith,ann.smith670@uni.edu,student,US,free,19,2023-08-22,2024-05-26 08:22:39,2024-04-22 21:29:45,true
671,Ann García,ann.garca671@EXAMPLE.ORG,employer,DE,pro,774,2022-12-28,2024-04-27 10:32:27,2024-02-06 06:47:40,true
672,Anna Singh,anna.singh672@uni.edu,student,IN,free,498,2021-04-06,2022-10-11 09:03:45,2024-03-28 14:41:10,true
673,Zoë Brown,zo.brown673@uni.edu,student,ES,pro,7,2022-04-21,2022-04-23 02:17:12,2024-05-28 13:58:12,true
674,Jean-Luc Dubois,jean-luc.dubois674@uni.edu,staff,DE,free,364,2022-07-03,2024-06-09 17:33:07,,true
675,Ève Rossi,ve.rossi675@example.com,alumni,US,free,356,2022-07-23,2024-05-20 19:28:46,2024-02-26 19:06:40,true
676,Björn Dubois,bjrn.dubois676@uni.edu,admin,GB,free,572,2021-09-15,2024-04-26 09:02:28,,false
677,Sara García,sara.garca677@mail.test,student,US,free,41,2023-03-19,2024-05-25 21:38:44,2024-06-17 20:26:19,true
678,Tom Johansson,tom.johansson678@example.org,student,IN,free,982,2023-12-31,2024-04-04 06:23:15,,true
679,"Nguyen, Björn",bjrn.nguyen679@example.org,student,BR,free,253,2023-11-02,2023-11-03 02:26:21,2024-06-14 01:04:25,true
680,Sara Smith,sara.smith680@EXAMPLE.ORG,admin,DE,pro,400,2023-03-12,2024-06-18 03:12:36,2024-02-24 22:36:48,false
681,Ravi Johansson,ravi.johansson681@example.com,student,DE,free,794,2021-02-20,2022-09-17 23:49:04,,true
682,Anna Papadopoulos,anna.papadopoulos682@uni.edu,employer,FR,enterprise,206,2023-08-23,2024-06-21 03:24:55,2024-02-04 16:27:10,true
683,Omar Tanaka,omar.tanaka683@mail.test,student,IN,pro,159,2023-08-24,2024-04-08 11:58:20,2024-06-30 20:24:20,true
684,Tom Johansson,tom.johansson684@mail.test,student,US,free,422,2022-10-19,2022-11-10 09:19:21,2024-04-03 21:12:21,true
685,Tom Brown,tom.brown685@EXAMPLE.ORG,student,GB,pro,638,2021-06-09,2024-06-22 12:13:53,,true
686,李雷 Tanaka,u686.tanaka686@uni.edu,student,ES,free,802,2023-08-27,2024-05-21 11:20:18,2024-05-26 16:18:52,true
687,Anna García,anna.garca687@mail.test,student,JP,free,661,2023-11-13,2023-11-13 15:59:55,2024-06-09 01:20:52,true
688,Björn Brown,bjrn.brown688@example.com,alumni,IN,free,964,2022-03-23,2024-06-07 09:41:22,2024-02-28 18:59:58,true
689,O'Brien Rossi,o'brien.rossi689@EXAMPLE.ORG,student,US,free,,2022-05-03,2022-05-09 14:33:31,2024-06-04 04:47:32,false
690,Ann-Marie García,ann-marie.garca690@uni.edu,alumni,US,pro,289,2023-11-11,2024-06-20 05:13:49,2024-03-11 15:22:26,false
691,Tom Rossi,tom.rossi691@uni.edu,alumni,US,enterprise,879,2022-12-09,2024-06-27 10:17:23,2024-05-02 19:46:54,true
692,Diego Nguyen,diego.nguyen692@EXAMPLE.ORG,alumni,DE,pro,822,2023-08-01,2024-05-11 20:24:36,,true
693,Yuki Brown,yuki.brown693@example.org,alumni,US,pro,486,2022-09-23,2024-05-23 03:26:20,2024-04-27 23:51:53,true
694,Ravi Nguyen,ravi.nguyen694@EXAMPLE.ORG,student,US,pro,741,2023-06-04,2024-05-19 15:59:03,2024-05-18 01:02:00,false
695,Mei O'Neil,mei.o'neil695@example.com,staff,MX,pro,600,2022-04-15,2022-04-18 21:23:45,2024-05-21 12:29:58,false
696,Chidi Brown,chidi.brown696@EXAMPLE.ORG,employer,DE,free,475,2023-04-21,2024-04-02 17:53:22,2024-02-02 05:54:42,true
697,O'Brien Johansson,o'brien.johansson697@mail.test,employer,GB,pro,215,2023-12-04,2024-05-26 10:58:35,,true
698,Yuki Johansson,yuki.johansson698@mail.test,student,DE,pro,360,2022-10-30,2022-11-20 08:16:55,,true
699,Fatima Tanaka,fatima.tanaka699@EXAMPLE.ORG,student,US,free,589,2021-07-11,2024-06-22 08:49:44,,true
700,Mei Müller,mei.mller700@EXAMPLE.ORG,student,DE,free,324,2022-03-16,2024-06-18 23:57:24,,true
701,Zoë Rossi,zo.rossi701@EXAMPLE.ORG,employer,BR,free,73,2021-06-01,2024-06-19 14:09:20,2024-01-18 01:31:35,true
702,Chidi Tanaka,chidi.tanaka702@example.org,student,ES,free,451,2022-05-15,2022-05-27 19:23:29,2024-02-13 01:53:25,true
703,Anna García,anna.garca703@example.com,student,GB,free,98,2023-12-29,2024-06-04 17:52:18,2024-03-20 23:53:06,true
704,Li Johansson,li.johansson704@EXAMPLE.ORG,staff,DE,pro,468,2022-06-27,2022-07-22 05:06:28,,true
705,O'Brien Singh,o'brien.singh705@example.com,employer,US,free,933,2023-04-25,2024-05-12 00:30:05,,true
706,O'Brien Johansson,o'brien.johansson706@uni.edu,alumni,US,free,281,2022-06-17,2022-06-26 13:04:26,2024-05-22 01:57:29,true
707,Joanna Müller,joanna.mller707@example.org,student,NG,free,823,2024-02-17,2024-05-26 14:25:07,2024-02-20 04:26:44,true
708,Ann-Marie Kowalski,ann-marie.kowalski708@mail.test,student,US,free,657,2023-03-10,2023-03-14 19:18:41,2024-02-22 03:50:58,true
709,Yuki Singh,yuki.singh709@example.com,student,US,free,633,2024-01-31,2024-06-19 21:33:09,2024-01-05 16:55:01,true
710,Björn O'Neil,bjrn.o'neil710@example.org,staff,US,pro,997,2023-11-01,2024-05-30 23:01:01,2024-01-31 10:42:43,true
711,Omar Papadopoulos,omar.papadopoulos711@example.org,student,DE,free,201,2022-12-05,2024-06-10 16:19:32,,true
712,Sara Smith,sara.smith712@example.com,alumni,US,pro,434,2023-05-09,2024-06-17 12:33:02,2024-01-03 11:35:29,true
713,李雷 Kowalski,u713.kowalski713@example.com,alumni,JP,free,950,2021-05-11,2023-08-30 23:12:27,2024-04-27 04:23:12,true
714,Tom Smith,tom.smith714@uni.edu,student,FR,free,36,2022-02-16,2024-05-18 05:02:25,2024-01-05 12:30:50,false
715,李雷 Smith,u715.smith715@example.org,student,US,free,721,2023-06-21,2024-05-07 09:26:20,,true
716,Omar Okafor,omar.okafor716@uni.edu,student,US,pro,936,2023-03-04,2024-05-26 21:43:09,2024-03-03 09:51:49,true
717,Omar Dubois,omar.dubois717@EXAMPLE.ORG,admin,US,free,276,2023-03-01,2024-05-31 12:09:10,,false
718,Zoë Brown,zo.brown718@example.org,alumni,US,free,698,2022-04-08,2024-05-08 13:24:23,2024-06-17 12:48:39,true
719,Zoë Kowalski,zo.kowalski719@mail.test,alumni,FR,free,708,2024-05-09,2024-05-18 00:35:39,2024-01-03 07:21:44,true
720,Björn Johansson,bjrn.johansson720@mail.test,student,CA,pro,214,2024-03-21,2024-06-20 02:28:45,2024-06-02 13:55:24,true
721,Björn Johansson,bjrn.johansson721@example.org,student,BR,free,654,2024-04-06,2024-04-16 17:31:02,,true
722,Björn Nguyen,bjrn.nguyen722@EXAMPLE.ORG,student,IN,free,495,2023-12-07,2024-05-17 23:47:26,,true
723,Tom Singh,tom.singh723@uni.edu,student,DE,free,864,2021-06-06,2024-04-18 19:28:41,,false
724,Diego García,diego.garca724@uni.edu,student,BR,pro,137,2022-06-02,2024-05-19 03:24:25,,true
725,Ann Singh,ann.singh725@mail.test,student,US,pro,794,2023-10-11,2024-04-13 07:19:30,2024-02-18 00:34:48,true
726,Ève Johansson,ve.johansson726@example.org,alumni,IN,pro,73,2022-04-28,2024-06-30 13:49:27,2024-01-21 18:50:55,false
727,Li Brown,li.brown727@uni.edu,student,IN,free,726,2023-12-06,2024-04-05 02:38:44,2024-05-04 15:06:00,true
728,Fatima Kowalski,fatima.kowalski728@example.org,student,FR,free,667,2022-08-21,2024-04-27 11:40:58,2024-02-04 05:34:32,true
729,Chidi Brown,chidi.brown729@EXAMPLE.ORG,student,US,free,59,2022-09-06,2022-09-06 05:32:15,,true
730,Ève Tanaka,ve.tanaka730@uni.edu,student,DE,free,325,2021-09-30,2024-04-29 09:14:14,2024-03-24 14:27:39,true
731,Chidi Nguyen,chidi.nguyen731@uni.edu,staff,FR,free,636,2023-02-18,2024-05-18 06:53:21,,true
732,李雷 Dubois,u732.dubois732@example.org,student,GB,free,167,2022-11-09,2022-11-23 14:30:56,2024-05-14 08:36:24,true
733,Chidi Tanaka,chidi.tanaka733@example.com,staff,DE,free,985,2023-11-06,2024-05-27 20:36:22,2024-01-23 06:40:04,true
734,Jean-Luc Papadopoulos,jean-luc.papadopoulos734@mail.test,student,DE,pro,62,2021-03-09,2024-06-11 20:24:24,2024-05-11 14:30:55,true
735,Ann-Marie García,ann-marie.garca735@EXAMPLE.ORG,alumni,DE,free,983,2022-03-29,2024-04-02 09:12:02,2024-05-23 04:50:51,true
736,José García,jos.garca736@mail.test,student,CA,free,915,2023-07-27,2023-08-12 08:33:04,2024-05-12 01:57:11,false
737,Mei Müller,mei.mller737@uni.edu,student,DE,free,82,2022-05-02,2024-05-29 21:46:24,,true
738,Zoë Smith,zo.smith738@mail.test,student,NG,free,463,2022-08-23,2024-06-24 14:46:22,2024-04-12 01:50:11,true
739,Björn García,bjrn.garca739@example.org,student,DE,free,130,2022-03-26,2024-06-19 15:59:39,2023-12-28 21:11:21,true
740,Mei Smith,mei.smith740@uni.edu,student,US,free,953,2023-10-24,2023-10-28 06:46:22,2024-03-27 22:13:09,true
741,Hannah Kowalski,hannah.kowalski741@EXAMPLE.ORG,student,JP,free,798,2024-03-24,2024-04-11 22:39:13,2024-06-27 13:29:59,true
742,Mei Singh,mei.singh742@example.org,student,AU,pro,,2022-10-29,2024-05-23 02:33:58,2024-03-22 19:14:21,true
743,Sara Dubois,sara.dubois743@example.org,student,US,pro,990,2024-04-16,2024-04-16 20:24:36,,true
744,Ève Kowalski,ve.kowalski744@example.org,student,US,free,398,2023-07-07,2023-07-28 08:56:44,2024-03-08 18:13:12,false
745,Zoë Nguyen,zo.nguyen745@example.com,student,US,free,943,2022-01-31,2024-06-19 02:47:25,2024-03-08 13:46:26,true
746,O'Brien Singh,o'brien.singh746@mail.test,student,US,free,972,2022-04-27,2024-06-04 11:59:37,2024-04-10 00:29:52,false
747,Joanna Singh,joanna.singh747@uni.edu,student,MX,free,93,2024-04-05,2024-05-10 09:42:53,2024-05-11 00:07:12,false
748,José Papadopoulos,jos.papadopoulos748@example.org,alumni,JP,free,691,2021-12-28,2024-06-05 20:07:31,2024-01-11 11:58:12,true
749,Fatima Brown,fatima.brown749@uni.edu,student,GB,free,74,2022-03-14,2024-05-24 00:13:54,2024-02-12 17:36:22,true
750,Joanna García,joanna.garca750@EXAMPLE.ORG,staff,BR,pro,575,2022-11-12,2024-06-11 23:11:56,2024-06-10 20:44:32,true
751,Björn Nguyen,bjrn.nguyen751@example.org,staff,US,free,319,2023-07-13,2024-06-26 02:04:57,,true
752,Chidi Rossi,chidi.rossi752@mail.test,student,GB,enterprise,486,2022-04-21,2022-04-27 17:48:48,2023-12-22 17:53:19,true
753,Joanna García,joanna.garca753@example.org,employer,FR,pro,438,2022-07-30,2024-06-01 05:45:51,2024-01-27 19:00:30,true
754,Zoë O'Neil,zo.o'neil754@example.org,student,IN,free,298,2022-08-25,2024-04-23 12:54:35,2024-03-23 21:22:47,true
755,Omar Okafor,omar.okafor755@mail.test,alumni,IN,free,866,2024-02-22,2024-06-17 06:00:10,2024-03-23 03:15:37,true
756,Fatima Papadopoulos,fatima.papadopoulos756@mail.test,student,CA,pro,56,2023-07-11,2024-04-21 13:30:37,2023-12-24 09:35:51,true
757,Björn Okafor,bjrn.okafor757@mail.test,staff,ES,free,816,2022-12-05,2024-04-15 02:55:03,2024-06-16 18:51:18,false
758,Li Smith,li.smith758@EXAMPLE.ORG,student,AU,free,308,2023-02-25,2024-06-10 21:00:26,,false
759,Joanna Kowalski,joanna.kowalski759@uni.edu,student,US,free,569,2022-04-15,2024-06-09 19:14:48,2024-02-27 03:24:53,true
760,Chidi Dubois,chidi.dubois760@EXAMPLE.ORG,admin,US,free,370,2022-05-27,2023-11-21 16:03:37,2024-02-08 08:15:24,true
761,李雷 Singh,u761.singh761@uni.edu,student,IN,free,537,2021-10-03,,2024-02-15 23:04:48,false
762,Hannah O'Neil,hannah.o'neil762@EXAMPLE.ORG,alumni,IN,free,28,2023-11-18,2024-02-27 04:37:45,,true
763,Diego Nguyen,diego.nguyen763@mail.test,alumni,US,free,126,2021-11-27,2024-06-29 15:09:20,2024-01-03 08:02:16,false
764,Björn O'Neil,bjrn.o'neil764@example.org,student,US,free,711,2023-05-02,2024-06-13 23:17:54,2024-03-19 20:58:51,false
765,Zoë Okafor,zo.okafor765@EXAMPLE.ORG,student,MX,pro,915,2022-05-06,2024-03-03 18:18:00,2024-05-22 13:31:20,true
766,O'Brien Brown,o'brien.brown766@mail.test,student,IN,free,517,2023-06-07,2023-06-27 17:30:50,2024-01-14 13:00:07,false
767,Yuki García,yuki.garca767@mail.test,student,GB,free,759,2022-06-11,2022-11-29 12:11:07,,false
768,Ann Nguyen,ann.nguyen768@EXAMPLE.ORG,student,GB,free,334,2024-03-02,2024-06-29 01:06:26,2023-12-14 11:35:00,true
769,Mei Smith,mei.smith769@example.org,student,IN,free,721,2023-02-03,2024-05-31 15:35:26,2024-06-14 14:04:23,true
770,Fatima Johansson,fatima.johansson770@example.com,student,JP,pro,44,2021-04-28,2024-06-13 23:41:12,2023-12-27 07:38:26,true
771,李雷 Tanaka,u771.tanaka771@EXAMPLE.ORG,alumni,DE,enterprise,31,2022-09-03,2024-01-28 05:12:40,2024-06-19 07:17:29,true
772,Ève Brown,ve.brown772@uni.edu,student,GB,pro,314,2022-08-22,2024-06-04 14:48:07,2024-02-19 04:55:59,true
773,Anna Papadopoulos,anna.papadopoulos773@uni.edu,staff,GB,free,200,2023-12-17,2023-12-23 07:52:01,2024-05-16 15:52:34,true
774,Li García,li.garca774@EXAMPLE.ORG,employer,FR,free,787,2022-03-08,2024-05-29 21:06:55,2024-05-08 20:32:19,true
775,Hannah Kowalski,hannah.kowalski775@example.com,student,CA,free,818,2023-06-17,2024-04-24 05:36:02,2024-01-07 08:10:49,true
776,"Müller, José",jos.mller776@example.org,alumni,US,free,180,2023-09-14,2024-06-27 07:13:39,2024-03-23 03:46:51,true
777,Björn O'Neil,bjrn.o'neil777@uni.edu,alumni,CA,pro,397,2023-04-25,2023-05-07 19:02:03,2024-01-05 02:51:07,true
778,Fatima Dubois,fatima.dubois778@example.org,student,DE,pro,802,2022-03-20,2022-04-01 22:32:18,2024-01-08 05:46:52,false
779,Chidi Smith,chidi.smith779@uni.edu,student,US,pro,929,2023-04-20,2024-06-29 20:04:10,,true
780,Fatima Johansson,fatima.johansson780@EXAMPLE.ORG,employer,US,free,112,2024-03-16,2024-05-31 15:42:34,2024-06-06 04:16:47,true
781,Sara Brown,sara.brown781@EXAMPLE.ORG,student,GB,free,971,2022-10-08,2024-04-30 04:31:13,,true
782,Jean-Luc Papadopoulos,jean-luc.papadopoulos782@example.org,employer,DE,free,838,2022-11-25,2022-12-15 01:54:37,2024-04-29 01:50:14,true
783,Ann-Marie Johansson,ann-marie.johansson783@uni.edu,alumni,US,free,842,2022-11-08,2023-04-03 22:04:54,,true
784,Joanna Nguyen,joanna.nguyen784@uni.edu,student,GB,pro,847,2021-07-21,2024-05-21 17:19:53,2024-06-26 19:33:18,false
785,Sara García,sara.garca785@EXAMPLE.ORG,alumni,IN,pro,328,2023-02-28,2024-06-24 05:16:54,2024-05-13 03:43:37,true
786,O'Brien Müller,o'brien.mller786@EXAMPLE.ORG,student,IN,pro,615,2024-02-23,2024-05-30 22:46:15,,true
787,Hannah Nguyen,hannah.nguyen787@EXAMPLE.ORG,staff,GB,free,549,2023-02-09,2023-02-12 00:21:10,2023-12-19 23:15:39,true
788,Yuki Smith,yuki.smith788@uni.edu,student,FR,free,719,2023-06-09,2024-06-05 14:49:52,2024-04-01 14:30:48,false
789,Sara Papadopoulos,sara.papadopoulos789@EXAMPLE.ORG,student,AU,free,408,2022-11-05,2022-12-02 17:33:03,2024-03-02 12:49:16,true
790,李雷 Müller,u790.mller790@example.com,alumni,FR,free,173,2022-11-26,2022-12-18 07:45:48,2024-05-10 18:43:25,true
791,Yuki Nguyen,yuki.nguyen791@EXAMPLE.ORG,alumni,US,free,591,2022-05-27,2024-06-04 12:27:50,2024-04-02 07:54:07,true
792,Yuki O'Neil,yuki.o'neil792@example.org,staff,US,enterprise,502,2022-08-07,2022-08-26 00:35:15,2023-12-14 00:04:33,true
793,Sara Brown,sara.brown793@uni.edu,admin,JP,pro,370,2021-07-29,2024-06-01 18:13:43,2024-06-24 12:06:58,true
794,Zoë García,zo.garca794@EXAMPLE.ORG,alumni,FR,free,751,2023-12-28,2024-05-23 15:11:30,2024-05-23 14:39:32,true
795,Björn Singh,bjrn.singh795@example.com,student,BR,pro,,2022-06-28,2024-06-25 01:52:34,2024-03-22 08:00:35,true
796,李雷 Singh,u796.singh796@example.com,alumni,US,pro,645,2023-11-30,2024-06-21 19:12:35,,true
797,Ann Johansson,ann.johansson797@uni.edu,student,FR,free,172,2023-05-30,2024-06-14 06:41:56,,true
798,Joanna Okafor,joanna.okafor798@EXAMPLE.ORG,alumni,ES,free,473,2022-12-11,2024-06-10 05:21:51,2024-05-05 14:13:30,true
799,Anna Singh,anna.singh799@mail.test,student,CA,free,768,2022-01-26,2022-08-13 09:55:07,2024-05-29 18:53:44,true
800,Fatima Kowalski,fatima.kowalski800@EXAMPLE.ORG,student,DE,free,387,2021-03-29,2024-05-25 03:24:43,2024-01-26 22:15:24,true
801,Ann-Marie Kowalski,ann-marie.kowalski801@uni.edu,student,US,free,470,2021-12-31,2024-06-02 14:43:57,2024-04-03 17:38:31,true
802,Joanna Papadopoulos,joanna.papadopoulos802@mail.test,student,JP,free,933,2022-06-20,2023-03-11 09:11:42,2024-03-23 18:26:07,false
803,O'Brien Dubois,o'brien.dubois803@mail.test,student,JP,free,712,2021-07-16,2024-04-18 17:44:55,2024-06-28 11:12:46,true
804,Jean-Luc Dubois,jean-luc.dubois804@example.org,student,ES,free,67,2022-08-29,2024-06-25 07:06:02,2024-01-24 21:48:50,true
805,Ann Müller,ann.mller805@uni.edu,alumni,ES,pro,245,2023-06-05,2024-04-15 23:38:21,2023-12-22 16:27:32,false
806,Chidi Johansson,chidi.johansson806@example.com,student,IN,free,643,2024-02-02,2024-05-27 04:23:13,,true
807,O'Brien Kowalski,o'brien.kowalski807@EXAMPLE.ORG,student,DE,free,978,2024-01-08,2024-05-24 04:34:28,2024-06-27 21:48:04,true
808,Tom Singh,tom.singh808@example.org,staff,JP,free,955,2021-10-27,2024-06-10 01:13:16,2024-01-24 05:22:22,true
809,李雷 Tanaka,u809.tanaka809@example.org,admin,ES,pro,454,2024-03-26,2024-04-06 21:59:09,2024-04-18 05:10:39,true
810,Tom Brown,tom.brown810@EXAMPLE.ORG,student,FR,pro,278,2023-07-20,2024-06-03 10:24:33,,true
811,Chidi García,chidi.garca811@example.com,student,DE,free,484,2022-01-09,,,false
812,Tom Tanaka,tom.tanaka812@EXAMPLE.ORG,alumni,FR,pro,103,2022-09-22,2024-05-21 07:07:07,2024-03-11 19:49:47,false
813,Ravi Papadopoulos,ravi.papadopoulos813@example.com,student,AU,free,722,2023-04-28,2024-04-14 18:46:14,2024-01-05 07:00:26,false
814,José Müller,jos.mller814@EXAMPLE.ORG,student,DE,free,23,2023-10-02,2024-06-18 04:06:02,2024-06-06 22:42:34,false
815,Yuki Brown,yuki.brown815@example.com,employer,IN,free,332,2022-06-12,2024-06-20 04:46:09,2024-06-01 02:39:31,true
816,Ève Papadopoulos,ve.papadopoulos816@example.org,student,CA,free,28,2022-10-19,2023-01-23 18:49:34,2024-03-01 15:38:16,true
817,Ann Kowalski,ann.kowalski817@mail.test,admin,GB,free,672,2024-05-20,2024-05-22 11:42:40,2024-06-20 16:56:06,true
818,Ann-Marie Müller,ann-marie.mller818@EXAMPLE.ORG,alumni,US,pro,654,2022-06-29,2022-07-26 14:23:59,2024-01-22 08:15:53,true
819,Björn Kowalski,bjrn.kowalski819@mail.test,student,IN,pro,627,2022-10-07,2022-10-16 12:55:05,2024-02-01 08:03:10,true
820,José Papadopoulos,jos.papadopoulos820@mail.test,alumni,GB,free,111,2023-10-01,2023-10-10 04:07:26,2024-06-25 07:04:05,false
821,Mei Johansson,mei.johansson821@EXAMPLE.ORG,student,DE,free,235,2022-06-26,2022-07-18 02:09:50,2024-01-22 16:54:23,true
822,Joanna Dubois,joanna.dubois822@mail.test,alumni,ES,free,181,2022-11-06,2024-05-27 16:41:10,2024-05-22 05:51:27,false
823,Yuki Smith,yuki.smith823@example.com,student,DE,free,337,2024-01-28,2024-05-28 11:27:28,,true
824,Chidi Brown,chidi.brown824@EXAMPLE.ORG,staff,CA,free,867,2023-02-01,2023-02-01 06:44:00,2024-03-15 11:29:59,true
825,Ann Nguyen,ann.nguyen825@example.com,student,GB,free,483,2023-01-19,2024-04-11 07:41:22,2024-06-05 04:51:55,true
826,Yuki Nguyen,yuki.nguyen826@EXAMPLE.ORG,student,CA,free,674,2024-03-04,2024-06-19 14:12:05,2024-06-01 01:40:34,false
827,Jean-Luc Kowalski,jean-luc.kowalski827@uni.edu,student,US,free,597,2024-04-19,2024-06-11 23:46:22,2024-05-31 05:28:57,false
828,Omar García,omar.garca828@EXAMPLE.ORG,student,FR,free,517,2022-11-06,2022-11-06 02:04:12,2024-06-07 14:39:21,true
829,Yuki Smith,yuki.smith829@example.com,student,US,free,695,2022-06-22,2022-06-24 01:15:43,,false
830,Ann Brown,ann.brown830@uni.edu,alumni,BR,free,660,2021-12-15,2024-04-10 03:26:13,,true
831,Anna O'Neil,anna.o'neil831@example.com,staff,US,free,789,2021-03-08,2022-01-17 07:37:29,2024-02-23 07:34:23,true
832,José Singh,jos.singh832@example.com,admin,US,pro,817,2024-01-13,2024-06-27 10:56:56,,true
833,Ravi O'Neil,ravi.o'neil833@mail.test,student,US,free,124,2023-03-04,2024-06-16 09:03:19,2024-03-13 20:52:50,true
834,Chidi Kowalski,chidi.kowalski834@example.com,student,ES,free,943,2024-03-25,2024-06-13 02:35:37,,true
835,Ravi Kowalski,ravi.kowalski835@example.org,alumni,DE,pro,866,2023-08-24,2024-05-19 18:38:07,2024-06-28 00:14:42,true
836,Mei O'Neil,mei.o'neil836@EXAMPLE.ORG,alumni,US,free,43,2021-03-13,2024-05-30 01:23:29,2024-03-25 14:56:57,true
837,José García,jos.garca837@mail.test,student,GB,free,768,2024-02-23,2024-05-28 05:07:35,2024-04-10 12:30:39,true
838,Anna Singh,anna.singh838@mail.test,student,DE,free,785,2023-03-28,2024-01-05 15:20:27,2024-04-27 22:29:19,true
839,Ann-Marie Papadopoulos,ann-marie.papadopoulos839@uni.edu,alumni,IN,free,609,2023-01-31,2024-05-02 13:11:44,2024-03-13 07:36:57,true
840,Anna Smith,anna.smith840@example.org,student,BR,free,364,2023-01-21,2024-06-13 18:10:27,2024-01-20 16:09:18,true
841,Björn García,bjrn.garca841@EXAMPLE.ORG,student,US,pro,547,2024-05-09,2024-05-25 23:08:45,2024-02-17 20:36:58,true
842,Yuki Johansson,yuki.johansson842@example.org,alumni,US,free,13,2024-03-02,2024-05-09 08:13:02,2024-04-14 01:06:06,false
843,José Tanaka,jos.tanaka843@EXAMPLE.ORG,student,ES,free,336,2022-10-28,2024-05-11 03:18:38,2024-06-01 20:05:43,true
844,"Jean-Luc ""Kowalski"" Jr",jean-luc.kowalski844@example.com,alumni,CA,free,42,2021-09-19,2024-06-19 19:01:44,2024-04-13 09:57:15,false
845,Björn Nguyen,bjrn.nguyen845@EXAMPLE.ORG,student,AU,pro,385,2024-04-23,2024-05-02 04:07:15,2024-05-08 04:01:20,true
846,Ann Papadopoulos,ann.papadopoulos846@example.org,student,GB,free,771,2022-09-11,2024-06-09 08:40:22,2024-06-12 21:33:03,true
847,Omar Papadopoulos,omar.papadopoulos847@mail.test,student,DE,free,554,2023-10-27,2024-05-10 02:21:13,2024-01-29 04:20:38,true
848,Ève Papadopoulos,ve.papadopoulos848@mail.test,alumni,IN,free,,2023-03-20,2024-06-27 14:05:24,2024-01-10 23:32:31,true
849,Yuki Nguyen,yuki.nguyen849@example.org,student,US,free,253,2022-08-07,2024-04-07 21:11:10,2024-03-19 03:56:05,true
850,Tom Nguyen,tom.nguyen850@EXAMPLE.ORG,student,FR,free,181,2023-11-24,2024-01-07 10:53:17,2024-02-09 09:40:17,true
851,Ann-Marie García,ann-marie.garca851@example.org,student,US,free,290,2021-12-16,2024-06-07 10:23:18,2024-02-19 11:13:43,false
852,Fatima Papadopoulos,fatima.papadopoulos852@EXAMPLE.ORG,student,US,free,721,2023-04-12,2024-05-27 14:42:51,2024-03-08 19:15:14,true
853,Anna O'Neil,anna.o'neil853@example.org,student,DE,free,207,2023-11-25,2024-05-19 18:18:28,2024-05-25 12:16:26,true
854,Ann-Marie Papadopoulos,ann-marie.papadopoulos854@mail.test,student,US,free,783,2021-11-22,2023-02-24 08:29:25,2024-03-14 23:12:45,true
855,Ravi Dubois,ravi.dubois855@uni.edu,student,AU,free,886,2023-06-23,2024-05-21 07:29:09,2024-04-05 01:51:25,true
856,Tom Müller,tom.mller856@uni.edu,student,GB,free,884,2023-02-27,2024-04-28 13:40:30,,true
857,Ève Tanaka,ve.tanaka857@EXAMPLE.ORG,staff,US,pro,342,2023-02-25,2023-03-10 06:14:14,2024-02-07 17:50:20,false
858,Mei Okafor,mei.okafor858@example.com,student,DE,free,237,2023-10-31,2024-05-30 17:50:25,2024-05-19 03:06:39,true
859,Chidi Nguyen,chidi.nguyen859@EXAMPLE.ORG,employer,IN,free,724,2023-04-01,2024-04-02 23:47:19,2024-04-11 18:47:28,true
860,Chidi Smith,chidi.smith860@uni.edu,employer,US,pro,559,2023-10-10,2023-10-10 11:13:55,,true
861,Ève Dubois,ve.dubois861@mail.test,student,US,enterprise,932,2021-10-12,2023-03-04 16:39:01,2024-04-10 13:09:39,true
862,Chidi Brown,chidi.brown862@example.com,admin,NG,free,245,2021-11-07,2024-05-30 03:29:07,,true
863,Jean-Luc Okafor,jean-luc.okafor863@example.org,student,IN,free,305,2023-12-12,2024-01-04 06:20:19,2024-06-25 13:55:53,true
864,Anna Smith,anna.smith864@EXAMPLE.ORG,alumni,AU,free,472,2022-09-13,2024-05-09 00:39:24,,true
865,Yuki O'Neil,yuki.o'neil865@uni.edu,alumni,ES,free,290,2023-06-17,2023-07-10 21:01:43,2024-06-01 21:55:10,false
866,Mei Singh,mei.singh866@EXAMPLE.ORG,alumni,CA,free,953,2023-07-14,2024-02-21 04:18:53,2024-05-11 02:57:29,true
867,José Müller,jos.mller867@EXAMPLE.ORG,staff,ES,free,684,2021-04-28,2024-06-10 13:17:37,2023-12-18 17:18:07,true
868,Tom Dubois,tom.dubois868@mail.test,alumni,GB,free,275,2023-10-25,2024-06-24 08:59:26,2024-05-16 16:11:04,false
869,Ravi Kowalski,ravi.kowalski869@uni.edu,alumni,AU,free,756,2024-03-04,2024-06-12 15:04:36,,true
870,O'Brien Tanaka,o'brien.tanaka870@example.org,student,CA,free,58,2022-06-10,2024-05-26 21:35:58,2024-04-03 21:58:16,true
871,Björn O'Neil,bjrn.o'neil871@mail.test,student,ES,free,672,2021-12-09,,,true
872,Ravi Okafor,ravi.okafor872@mail.test,student,US,free,171,2024-04-02,2024-04-09 08:42:25,2024-02-09 12:15:18,true
873,"Okafor, Ann-Marie",ann-marie.okafor873@mail.test,student,US,free,364,2023-04-20,2023-05-13 08:09:25,,true
874,Ève Tanaka,ve.tanaka874@example.com,student,DE,free,673,2023-07-17,2024-05-19 05:32:34,2024-05-18 03:19:53,false
875,李雷 Nguyen,u875.nguyen875@mail.test,student,JP,pro,340,2024-01-07,2024-06-01 17:49:51,,false
876,Jean-Luc O'Neil,jean-luc.o'neil876@example.com,admin,ES,free,972,2024-02-03,2024-05-10 08:44:37,,true
877,Tom Johansson,tom.johansson877@mail.test,student,BR,free,702,2023-05-19,2024-05-28 00:25:53,2024-05-27 20:18:42,false
878,Yuki Singh,yuki.singh878@uni.edu,student,GB,free,525,2022-10-15,2023-02-17 14:51:54,,true
879,Ève Okafor,ve.okafor879@example.org,alumni,GB,free,848,2023-05-15,2023-08-19 09:35:16,2024-06-04 17:26:31,true
880,Tom Brown,tom.brown880@mail.test,admin,GB,free,872,2023-11-26,2024-06-28 22:02:33,2024-03-25 03:15:49,true
881,José Singh,jos.singh881@mail.test,student,ES,free,837,2022-11-15,2024-06-13 09:44:20,2024-02-19 03:35:50,true
882,José García,jos.garca882@mail.test,employer,US,free,103,2022-07-10,2022-07-26 08:42:49,,true
883,O'Brien Papadopoulos,o'brien.papadopoulos883@mail.test,student,FR,pro,260,2021-05-04,2024-05-27 02:46:48,2024-01-21 14:26:55,true
884,Omar García,omar.garca884@example.com,student,JP,pro,472,2021-09-27,2024-05-29 23:43:22,,true
885,Ann-Marie Okafor,ann-marie.okafor885@uni.edu,student,US,pro,634,2024-04-18,2024-05-09 05:39:04,2024-04-07 18:43:11,true
886,José Rossi,jos.rossi886@example.org,student,CA,free,401,2023-01-04,2024-06-17 22:15:50,,true
887,Björn Okafor,bjrn.okafor887@mail.test,alumni,GB,pro,211,2022-09-22,2024-05-08 05:14:51,2023-12-18 07:15:15,true
888,Diego Brown,diego.brown888@EXAMPLE.ORG,student,US,free,828,2023-08-12,2024-06-30 21:32:05,2024-05-15 08:36:04,true
889,Omar Kowalski,omar.kowalski889@example.com,student,JP,pro,418,2022-02-25,2024-04-14 09:19:50,,true
890,李雷 O'Neil,u890.o'neil890@example.com,alumni,US,pro,672,2023-11-22,2024-06-30 05:26:51,2024-06-08 09:04:33,true
891,O'Brien Okafor,o'brien.okafor891@uni.edu,staff,US,free,602,2023-03-19,2023-04-17 16:06:47,2024-01-08 18:06:09,false
892,Sara Müller,sara.mller892@mail.test,student,GB,free,797,2022-09-28,2024-06-09 05:12:44,2024-03-12 02:32:14,true
893,Diego Smith,diego.smith893@uni.edu,alumni,US,free,943,2022-08-17,2022-09-15 20:03:21,,true
894,Zoë Johansson,zo.johansson894@EXAMPLE.ORG,student,GB,free,552,2023-07-24,2024-06-17 17:14:22,2023-12-17 16:31:40,true
895,Zoë García,zo.garca895@example.org,student,US,free,70,2022-10-28,2024-05-21 19:51:11,2024-06-15 05:22:35,true
896,Fatima Okafor,fatima.okafor896@mail.test,student,US,free,984,2023-12-23,2024-05-27 10:04:43,2024-01-21 03:56:55,true
897,Hannah Brown,hannah.brown897@example.com,student,BR,pro,678,2023-06-04,2024-05-09 23:10:22,2024-01-01 11:22:03,true
898,Ravi Dubois,ravi.dubois898@mail.test,student,US,free,645,2023-12-27,2024-06-22 20:19:45,,false
899,José Nguyen,jos.nguyen899@example.com,staff,FR,free,271,2022-10-26,2024-06-25 03:07:13,,true
900,Sara Papadopoulos,sara.papadopoulos900@EXAMPLE.ORG,student,GB,free,8,2023-03-31,2023-12-06 05:24:46,2024-04-06 22:58:30,true
901,Diego Papadopoulos,diego.papadopoulos901@mail.test,employer,ES,pro,,2023-12-12,2024-04-18 06:41:48,2024-06-27 00:58:33,true
902,李雷 O'Neil,u902.o'neil902@example.org,student,FR,free,274,2023-02-18,2024-06-17 17:21:00,2024-06-19 09:49:33,true
903,José Nguyen,jos.nguyen903@mail.test,student,US,pro,294,2024-01-23,,2023-12-30 14:11:27,true
904,Li Dubois,li.dubois904@uni.edu,student,GB,free,146,2023-05-30,2024-06-02 15:12:16,2024-04-17 22:53:53,true
905,Zoë Nguyen,zo.nguyen905@mail.test,alumni,DE,pro,379,2023-02-11,2023-04-14 10:33:51,2024-02-02 17:47:19,true
906,Sara Müller,sara.mller906@EXAMPLE.ORG,student,US,free,160,2023-07-17,2024-04-12 19:52:15,,true
907,Björn García,bjrn.garca907@example.com,alumni,US,pro,43,2022-07-15,2022-07-19 03:42:40,2024-03-24 06:03:47,true
908,Joanna Rossi,joanna.rossi908@mail.test,student,ES,free,81,2023-01-08,2024-06-21 00:22:24,2024-06-24 13:35:24,true
909,O'Brien García,o'brien.garca909@uni.edu,employer,US,enterprise,325,2024-04-15,2024-05-11 06:07:52,,true
910,Sara Tanaka,sara.tanaka910@example.org,student,US,free,415,2022-06-14,2024-05-01 08:23:30,2023-12-20 22:49:24,true
911,Jean-Luc Johansson,jean-luc.johansson911@uni.edu,alumni,US,free,793,2021-07-12,2023-04-26 01:32:37,2024-04-05 18:39:18,false
912,Ann-Marie Nguyen,ann-marie.nguyen912@uni.edu,student,CA,free,624,2024-03-16,2024-04-05 00:54:07,2024-05-19 11:33:43,true
913,Omar Smith,omar.smith913@mail.test,employer,ES,free,361,2023-05-30,2024-06-29 09:41:38,2024-04-02 04:46:50,true
914,Hannah Singh,hannah.singh914@uni.edu,student,BR,pro,213,2023-08-11,,2024-02-08 06:01:42,true
915,Hannah Okafor,hannah.okafor915@mail.test,alumni,US,pro,146,2022-11-05,2024-05-02 07:54:55,2024-01-10 19:21:04,true
916,Ève Okafor,ve.okafor916@uni.edu,employer,DE,pro,961,2024-01-19,2024-04-12 12:48:12,2023-12-31 14:53:15,false
917,Diego Okafor,diego.okafor917@mail.test,employer,NG,free,114,2022-05-20,2022-05-23 07:21:31,2024-03-31 18:41:59,true
918,Diego Müller,diego.mller918@example.com,student,CA,free,140,2021-08-26,2024-06-10 16:18:35,2024-02-06 09:26:42,false
919,Hannah Okafor,hannah.okafor919@EXAMPLE.ORG,alumni,IN,free,30,2021-06-13,2024-05-18 15:27:52,2024-02-23 15:57:13,true
920,Jean-Luc Nguyen,jean-luc.nguyen920@example.com,alumni,FR,free,822,2023-07-31,2024-06-01 10:14:26,2024-06-08 12:08:15,true
921,Chidi Rossi,chidi.rossi921@example.com,student,CA,free,258,2023-06-14,2024-04-08 17:55:46,2024-06-14 15:54:36,false
922,Ann Papadopoulos,ann.papadopoulos922@uni.edu,student,GB,free,876,2023-05-24,2023-05-31 11:14:06,2024-04-20 06:41:19,true
923,Diego García,diego.garca923@example.com,employer,ES,pro,896,2022-11-14,2024-05-01 17:05:07,,true
924,José García,jos.garca924@uni.edu,employer,DE,free,446,2023-06-11,2023-11-11 01:16:15,,true
925,Omar O'Neil,omar.o'neil925@mail.test,student,US,free,46,2024-03-24,2024-04-29 12:37:00,,true
926,José Dubois,jos.dubois926@EXAMPLE.ORG,alumni,GB,pro,627,2023-11-28,2024-06-01 00:16:10,2024-03-12 16:28:30,false
927,Joanna Brown,joanna.brown927@example.org,employer,DE,pro,80,2021-03-15,2024-04-23 07:42:04,2024-01-07 08:18:05,true
928,Ann Johansson,ann.johansson928@EXAMPLE.ORG,staff,GB,free,226,2024-05-03,2024-05-08 04:15:06,2024-02-29 06:11:19,true
929,李雷 Smith,u929.smith929@example.org,student,IN,free,761,2023-11-11,2024-06-02 12:19:33,,true
930,Omar Müller,omar.mller930@EXAMPLE.ORG,staff,CA,free,87,2023-09-24,2024-06-18 19:57:23,2023-12-20 10:31:41,true
931,Diego García,diego.garca931@mail.test,alumni,MX,free,983,2024-04-11,2024-04-24 12:49:53,2024-04-12 10:42:06,true
932,Sara Papadopoulos,sara.papadopoulos932@EXAMPLE.ORG,student,ES,pro,887,2021-06-07,2023-12-11 04:26:58,2024-01-05 21:06:59,false
933,Omar Smith,omar.smith933@example.org,student,JP,free,328,2022-09-28,2022-10-12 07:02:55,2024-02-22 20:08:17,true
934,Zoë Singh,zo.singh934@example.org,admin,BR,free,151,2021-05-10,2024-04-12 03:56:01,2024-02-13 10:28:52,true
935,Mei Okafor,mei.okafor935@mail.test,alumni,JP,free,129,2023-07-20,2024-05-13 19:10:25,,true
936,Ann-Marie Dubois,ann-marie.dubois936@uni.edu,student,US,free,923,2024-04-28,2024-05-20 06:52:29,2024-02-10 00:29:30,true
937,Li Dubois,li.dubois937@mail.test,alumni,GB,free,49,2021-10-16,2024-04-07 05:16:20,2024-06-23 13:57:16,true
938,Ann Smith,ann.smith938@EXAMPLE.ORG,student,JP,free,450,2023-04-05,2024-05-01 05:00:57,2024-05-25 09:39:37,true
939,Sara Rossi,sara.rossi939@mail.test,alumni,IN,pro,873,2021-09-05,2024-04-20 08:50:02,2024-02-21 06:35:16,true
940,Ève Okafor,ve.okafor940@example.org,student,DE,free,374,2021-03-20,2024-05-29 16:53:02,2024-01-19 12:55:16,true
941,Björn Nguyen,bjrn.nguyen941@example.org,employer,US,pro,332,2024-04-01,2024-04-03 21:15:03,2024-01-12 20:09:53,true
942,Diego Johansson,diego.johansson942@mail.test,student,BR,pro,169,2023-02-13,2023-02-18 11:31:51,2024-06-22 03:44:59,true
943,José Rossi,jos.rossi943@mail.test,alumni,US,free,343,2023-11-24,2023-12-10 19:27:27,2024-05-04 12:46:45,true
944,Zoë Johansson,zo.johansson944@mail.test,student,US,free,847,2023-09-16,2023-10-01 05:54:30,2024-01-15 15:18:17,true
945,Joanna Dubois,joanna.dubois945@example.com,employer,US,free,874,2022-02-20,2024-06-14 11:56:23,2024-05-14 05:20:44,false
946,Anna Brown,anna.brown946@mail.test,student,DE,free,504,2024-01-24,2024-06-29 01:28:19,2023-12-14 06:20:58,true
947,Mei Okafor,mei.okafor947@example.com,alumni,GB,free,999,2023-01-27,2024-06-21 10:16:55,2024-02-03 20:40:49,true
948,Tom Kowalski,tom.kowalski948@uni.edu,student,IN,free,892,2024-01-24,2024-02-07 15:04:06,2024-03-03 08:58:05,true
949,José Rossi,jos.rossi949@example.com,student,FR,pro,543,2022-03-04,2022-12-03 11:59:33,2024-03-17 15:16:11,false
950,Tom Nguyen,tom.nguyen950@EXAMPLE.ORG,employer,FR,free,89,2023-03-24,2024-04-17 09:12:04,2023-12-27 12:40:42,true
951,Diego Tanaka,diego.tanaka951@mail.test,admin,US,pro,12,2024-02-19,2024-05-27 07:01:54,2024-02-07 08:57:06,true
952,Hannah Kowalski,hannah.kowalski952@example.org,employer,JP,pro,1,2022-02-10,2024-05-25 18:29:53,2024-04-11 15:53:54,false
953,Li Singh,li.singh953@example.com,student,FR,free,185,2023-03-28,2024-04-19 11:52:06,2024-06-24 07:39:50,true
954,Anna Singh,anna.singh954@mail.test,employer,GB,pro,,2023-10-11,2024-05-30 10:05:25,2024-06-03 23:46:23,true
955,Joanna Singh,joanna.singh955@mail.test,alumni,AU,pro,649,2021-09-11,2024-06-09 18:00:26,2024-02-09 23:47:13,true
956,Ève Dubois,ve.dubois956@EXAMPLE.ORG,alumni,ES,free,149,2023-09-03,2023-09-11 07:41:29,2024-02-07 22:16:15,true
957,O'Brien Singh,o'brien.singh957@example.com,staff,GB,free,983,2022-07-31,2024-05-11 00:32:57,,true
958,Jean-Luc Singh,jean-luc.singh958@example.org,alumni,US,pro,695,2023-04-05,2024-05-11 12:51:41,2023-12-30 23:42:32,true
959,Ève Brown,ve.brown959@example.com,alumni,FR,enterprise,833,2022-07-13,2022-07-21 20:04:14,,true
960,Sara Singh,sara.singh960@EXAMPLE.ORG,student,GB,free,752,2024-04-17,2024-06-30 07:02:29,2024-06-17 07:00:26,true
961,Joanna Johansson,joanna.johansson961@uni.edu,student,IN,pro,347,2024-04-10,2024-06-16 04:16:29,,true
962,李雷 Tanaka,u962.tanaka962@example.com,alumni,BR,free,441,2024-03-07,2024-04-04 04:44:20,2024-01-02 16:43:56,true
963,Chidi Tanaka,chidi.tanaka963@uni.edu,student,DE,free,120,2022-12-05,2022-12-18 18:18:23,2024-04-16 11:24:56,true
964,Ann Brown,ann.brown964@example.com,student,US,free,183,2023-02-10,2024-04-12 02:19:38,2024-02-06 09:17:47,true
965,Ann-Marie García,ann-marie.garca965@example.org,alumni,IN,pro,250,2022-03-15,2024-06-25 00:33:07,,true
966,Jean-Luc Singh,jean-luc.singh966@uni.edu,staff,US,free,12,2023-06-21,2023-07-16 10:42:08,,true
967,Fatima Johansson,fatima.johansson967@mail.test,student,JP,pro,986,2024-01-10,2024-06-05 09:43:21,2024-01-09 16:38:15,true
968,Diego Singh,diego.singh968@example.org,student,US,free,809,2021-12-10,2022-08-18 21:22:58,2024-02-28 09:03:16,true
969,Mei Dubois,mei.dubois969@uni.edu,admin,NG,free,717,2024-06-04,2024-06-19 07:27:24,2023-12-29 01:36:51,true
970,"Smith, Ann-Marie",ann-marie.smith970@example.com,student,CA,free,392,2022-03-07,2022-11-03 03:11:24,2024-02-05 02:27:12,true
971,Mei Smith,mei.smith971@example.com,student,US,pro,562,2023-11-01,2024-05-02 18:58:04,2024-06-09 14:46:10,true
972,O'Brien Müller,o'brien.mller972@example.com,student,CA,pro,976,2022-01-28,2024-04-24 21:02:22,2024-04-22 11:56:03,true
973,Hannah Papadopoulos,hannah.papadopoulos973@mail.test,student,GB,free,317,2023-06-05,2024-06-21 03:26:13,2024-04-13 11:13:54,true
974,Yuki Müller,yuki.mller974@mail.test,employer,US,free,23,2023-05-08,2024-06-24 10:36:38,2024-05-14 03:25:39,false
975,李雷 Okafor,u975.okafor975@mail.test,student,CA,pro,722,2023-05-27,2024-05-21 05:10:00,,true
976,Zoë Singh,zo.singh976@uni.edu,student,ES,pro,605,2021-12-30,2024-06-18 02:32:36,2024-06-11 13:19:13,false
977,Björn Tanaka,bjrn.tanaka977@uni.edu,student,NG,free,24,2024-04-28,2024-05-31 02:44:04,,true
978,Anna Müller,anna.mller978@uni.edu,employer,GB,free,93,2022-12-05,2024-04-29 01:05:18,2024-06-09 01:00:53,true
979,Li Papadopoulos,li.papadopoulos979@uni.edu,student,US,enterprise,152,2022-11-30,2024-06-05 06:40:49,2024-02-09 17:30:00,true
980,Ravi Tanaka,ravi.tanaka980@example.org,alumni,ES,pro,325,2022-07-17,2024-04-19 11:10:17,2024-03-06 16:04:17,false
981,Fatima Kowalski,fatima.kowalski981@mail.test,employer,IN,free,168,2023-05-19,2024-06-03 10:26:08,2024-05-14 23:14:34,true
982,Yuki Smith,yuki.smith982@uni.edu,student,US,pro,72,2022-01-25,2022-02-07 18:24:48,2024-06-16 00:07:04,true
983,Yuki Kowalski,yuki.kowalski983@mail.test,alumni,CA,free,468,2023-09-24,2024-01-15 01:08:38,,true
984,O'Brien Smith,o'brien.smith984@example.org,alumni,DE,free,76,2023-02-19,2024-05-22 06:20:19,2024-05-27 13:34:16,true
985,Ann-Marie Okafor,ann-marie.okafor985@EXAMPLE.ORG,alumni,US,free,463,2022-08-02,2024-04-02 08:53:23,2024-05-29 20:37:41,true
986,Ann-Marie Tanaka,ann-marie.tanaka986@example.com,alumni,US,free,910,2022-05-03,2024-04-26 00:49:09,2024-02-12 15:19:21,true
987,Joanna Nguyen,joanna.nguyen987@EXAMPLE.ORG,student,AU,free,558,2024-06-06,2024-06-19 17:26:07,2024-02-23 03:31:27,true
988,李雷 Okafor,u988.okafor988@EXAMPLE.ORG,staff,GB,free,290,2024-01-02,2024-06-28 02:57:22,,true
989,Chidi Kowalski,chidi.kowalski989@uni.edu,student,US,free,289,2023-08-14,2023-09-03 16:25:43,2024-05-30 13:08:19,true
990,Yuki García,yuki.garca990@example.com,alumni,US,enterprise,763,2024-03-28,2024-04-05 02:00:27,2024-05-25 04:36:08,true
991,Fatima Brown,fatima.brown991@example.com,student,US,free,880,2022-09-25,2024-04-26 04:39:13,2024-06-15 04:27:42,true
992,Ann Brown,ann.brown992@uni.edu,alumni,CA,pro,256,2023-07-11,2024-04-25 00:08:23,,true
993,Joanna Singh,joanna.singh993@EXAMPLE.ORG,alumni,US,pro,764,2023-08-27,2023-09-12 09:11:01,,true
994,Mei Johansson,mei.johansson994@uni.edu,employer,IN,enterprise,994,2024-04-30,2024-06-07 13:25:45,2024-06-15 09:18:52,true
995,Ann Brown,ann.brown995@EXAMPLE.ORG,student,IN,free,528,2021-03-13,2023-09-08 07:59:49,2024-03-22 00:20:21,false
996,Diego Dubois,diego.dubois996@example.com,staff,DE,pro,221,2023-07-26,2024-05-20 06:39:08,2024-03-08 18:54:56,true
997,李雷 Tanaka,u997.tanaka997@example.com,student,GB,pro,265,2023-12-01,2024-04-13 12:02:39,2024-04-07 03:24:29,true
998,Ann Kowalski,ann.kowalski998@uni.edu,student,US,free,639,2022-05-29,2024-06-23 11:44:35,2024-03-24 02:27:55,true
999,Omar Brown,omar.brown999@example.com,staff,JP,free,407,2023-01-19,2024-06-12 02:00:19,2024-04-17 05:24:54,true
1000,Fatima Brown,fatima.brown1000@mail.test,student,US,free,500,2023-08-16,2024-04-20 13:03:51,2024-02-16 15:24:43,true
1001,Mei Rossi,mei.rossi1001@example.org,student,AU,free,536,2022-04-21,2022-05-03 23:00:51,,true
1002,Ravi Kowalski,ravi.kowalski1002@example.com,student,US,pro,192,2021-10-29,2022-09-03 04:20:08,,true
1003,Sara Rossi,sara.rossi1003@mail.test,student,AU,free,7,2022-11-16,2023-06-12 13:00:16,2024-03-23 00:22:53,true
1004,Mei Kowalski,mei.kowalski1004@example.com,alumni,GB,free,862,2022-01-10,2023-02-07 20:26:32,2024-06-09 00:28:38,true
1005,Jean-Luc Okafor,jean-luc.okafor1005@uni.edu,alumni,CA,free,323,2023-11-28,2024-06-24 23:39:48,2024-01-14 14:48:17,true
1006,Hannah García,hannah.garca1006@example.com,employer,US,free,499,2023-12-30,2024-05-22 20:46:32,2024-05-01 11:07:55,true
1007,Tom Brown,tom.brown1007@EXAMPLE.ORG,student,BR,free,,2022-09-15,2024-05-22 02:49:54,2023-12-23 01:33:26,true
1008,Chidi Dubois,chidi.dubois1008@example.com,student,DE,free,358,2022-06-12,2024-06-11 12:12:50,2023-12-23 13:39:12,true
1009,Ève O'Neil,ve.o'neil1009@uni.edu,student,GB,free,754,2022-06-08,2022-07-22 18:05:17,2024-06-09 00:16:50,true
1010,Hannah Tanaka,hannah.tanaka1010@EXAMPLE.ORG,student,AU,free,515,2023-08-09,2024-04-27 06:57:56,2024-02-08 23:27:05,false
1011,Ève Okafor,ve.okafor1011@EXAMPLE.ORG,staff,GB,free,505,2023-10-25,2024-06-24 17:46:59,2024-06-28 15:01:39,false
1012,Jean-Luc Smith,jean-luc.smith1012@EXAMPLE.ORG,alumni,GB,free,902,2022-07-07,2023-09-07 01:27:39,2024-01-23 12:52:57,false
1013,Diego Smith,diego.smith1013@EXAMPLE.ORG,alumni,ES,free,787,2022-12-05,2024-05-21 18:23:13,2024-05-16 08:51:24,true
1014,Zoë Kowalski,zo.kowalski1014@EXAMPLE.ORG,admin,GB,free,314,2022-04-12,2024-05-15 16:49:15,2024-03-10 08:19:49,true
1015,Zoë García,zo.garca1015@uni.edu,student,US,free,410,2022-01-22,2023-09-24 08:00:32,,true
1016,Ann-Marie Okafor,ann-marie.okafor1016@example.org,student,US,free,356,2022-02-15,2022-03-16 08:34:52,,true
1017,Björn Müller,bjrn.mller1017@example.org,student,GB,free,372,2023-08-29,2024-06-13 14:44:53,2024-05-09 01:53:02,true
1018,Jean-Luc Tanaka,jean-luc.tanaka1018@uni.edu,student,US,free,288,2023-02-22,2023-02-25 22:38:55,2024-06-18 10:01:25,true
1019,Ann-Marie Kowalski,ann-marie.kowalski1019@example.com,student,GB,free,892,2023-07-21,2024-04-08 11:53:50,,true
1020,Omar Smith,omar.smith1020@uni.edu,student,IN,free,193,2023-07-08,2024-05-19 05:59:52,,true
1021,O'Brien Nguyen,o'brien.nguyen1021@example.com,staff,DE,free,469,2023-04-10,2024-06-09 13:34:45,,true
1022,Omar Brown,omar.brown1022@uni.edu,employer,IN,free,184,2021-03-18,2024-04-21 12:47:16,2024-06-28 15:17:39,true
1023,Ravi Okafor,ravi.okafor1023@example.org,alumni,US,enterprise,573,2022-01-12,2022-08-19 10:37:45,2024-01-22 21:46:52,true
1024,Joanna O'Neil,joanna.o'neil1024@example.com,employer,NG,pro,849,2022-03-12,2022-03-31 05:09:38,2024-02-17 03:07:24,true
1025,Björn Müller,bjrn.mller1025@uni.edu,staff,IN,free,417,2023-09-25,2024-04-20 06:04:59,2024-01-09 07:24:50,true
1026,Fatima Kowalski,fatima.kowalski1026@mail.test,student,DE,enterprise,40,2022-01-22,2023-03-06 06:36:28,2024-06-11 18:19:49,false
1027,Joanna Smith,joanna.smith1027@uni.edu,student,FR,pro,339,2024-04-08,2024-06-09 13:38:55,,false
1028,Joanna Singh,joanna.singh1028@mail.test,employer,IN,pro,566,2022-12-06,2024-06-10 19:25:00,2024-03-27 08:35:57,true
1029,Fatima Rossi,fatima.rossi1029@EXAMPLE.ORG,employer,IN,pro,694,2023-07-18,2024-05-09 14:20:46,2024-05-20 02:16:26,true
1030,Mei Kowalski,mei.kowalski1030@example.org,alumni,ES,free,964,2024-02-10,2024-06-09 18:33:05,,false
1031,Mei Tanaka,mei.tanaka1031@uni.edu,student,US,free,307,2021-12-10,2022-06-28 12:32:32,2024-04-22 22:07:16,true
1032,Diego Dubois,diego.dubois1032@example.com,student,ES,free,271,2022-04-17,2024-05-28 13:40:02,2024-06-12 12:41:00,true
1033,Ann Smith,ann.smith1033@uni.edu,student,US,pro,518,2023-04-26,2023-05-21 20:41:49,,true
1034,Li Papadopoulos,li.papadopoulos1034@mail.test,student,NG,free,527,2024-01-12,2024-04-14 16:55:36,2024-01-21 09:02:03,true
1035,Mei Johansson,mei.johansson1035@example.org,student,BR,pro,648,2024-05-21,2024-05-25 12:10:19,,false
1036,José Johansson,jos.johansson1036@uni.edu,alumni,US,pro,377,2022-07-18,2024-06-05 17:32:38,2024-06-07 08:58:18,true
1037,李雷 Müller,u1037.mller1037@mail.test,student,IN,free,46,2023-01-20,2024-05-17 20:49:25,2024-04-25 18:12:55,true
1038,Omar Papadopoulos,omar.papadopoulos1038@example.org,alumni,IN,free,843,2022-05-07,2023-02-20 12:30:17,,true
1039,Ann Kowalski,ann.kowalski1039@mail.test,student,IN,pro,213,2024-04-11,2024-06-18 04:31:48,2024-02-07 23:48:35,true
1040,Jean-Luc Nguyen,jean-luc.nguyen1040@uni.edu,student,US,pro,909,2022-02-17,2024-06-18 12:11:32,2024-06-20 14:40:40,true
1041,Ravi Singh,ravi.singh1041@EXAMPLE.ORG,student,IN,pro,645,2022-09-12,2022-09-23 22:05:11,2024-01-12 19:20:06,true
1042,Zoë Brown,zo.brown1042@uni.edu,employer,FR,free,306,2021-12-13,2024-04-04 04:08:08,,true
1043,Fatima Papadopoulos,fatima.papadopoulos1043@example.com,student,US,enterprise,357,2022-11-12,2022-12-11 10:41:38,2024-02-03 14:40:45,false
1044,Mei Nguyen,mei.nguyen1044@mail.test,student,GB,free,276,2022-07-20,2024-06-04 08:20:39,2024-05-29 19:24:59,true
1045,Anna Dubois,anna.dubois1045@uni.edu,employer,CA,free,513,2022-09-03,,2024-04-17 11:53:22,false
1046,Björn Johansson,bjrn.johansson1046@EXAMPLE.ORG,alumni,US,free,716,2023-06-25,2024-04-30 02:55:12,2024-03-27 00:03:18,true
1047,Chidi Rossi,chidi.rossi1047@example.com,employer,DE,free,282,2022-07-02,2022-07-20 10:55:04,2024-05-28 06:57:08,true
1048,Sara Tanaka,sara.tanaka1048@mail.test,alumni,US,free,326,2023-04-11,2024-05-20 01:46:52,,true
1049,Ann-Marie Brown,ann-marie.brown1049@example.com,student,US,free,231,2021-08-21,2024-04-08 21:09:59,2024-03-03 05:09:11,false
1050,José Nguyen,jos.nguyen1050@uni.edu,employer,FR,pro,428,2022-10-23,2024-05-06 16:46:49,,true
1051,José García,jos.garca1051@example.com,admin,DE,pro,791,2022-05-05,2024-04-03 18:10:26,,true
1052,Ann Tanaka,ann.tanaka1052@EXAMPLE.ORG,alumni,US,pro,567,2022-02-03,2022-02-04 15:37:56,,true
1053,Anna O'Neil,anna.o'neil1053@EXAMPLE.ORG,student,IN,free,373,2022-02-11,2024-06-20 04:46:21,2024-05-21 18:26:56,true
1054,O'Brien Okafor,o'brien.okafor1054@uni.edu,staff,US,free,137,2022-06-27,2024-06-20 07:05:44,2024-03-11 12:24:43,true
1055,"Jean-Luc ""O'Neil"" Jr",jean-luc.o'neil1055@example.com,staff,DE,pro,899,2023-06-27,2024-05-20 08:08:44,2024-01-13 02:22:54,true
1056,Mei Brown,mei.brown1056@uni.edu,student,GB,free,670,2021-04-29,2023-10-06 17:55:27,,false
1057,Jean-Luc Nguyen,jean-luc.nguyen1057@EXAMPLE.ORG,staff,AU,free,389,2022-01-16,2022-02-10 16:36:39,2024-02-06 03:03:29,true
1058,Björn Brown,bjrn.brown1058@EXAMPLE.ORG,student,CA,free,714,2022-08-04,2024-06-04 15:16:47,,true
1059,Tom O'Neil,tom.o'neil1059@mail.test,student,FR,free,760,2024-01-15,2024-05-12 06:34:51,,true
1060,Björn Dubois,bjrn.dubois1060@example.org,admin,BR,free,,2023-12-02,2024-05-11 00:46:06,,false
1061,Anna O'Neil,anna.o'neil1061@EXAMPLE.ORG,student,ES,free,627,2022-06-30,2022-07-27 07:14:35,2024-03-10 03:26:31,true
1062,Fatima Johansson,fatima.johansson1062@uni.edu,employer,US,pro,897,2024-01-06,2024-05-24 02:44:25,2024-05-28 16:11:23,true
1063,Ann Okafor,ann.okafor1063@mail.test,student,FR,pro,594,2023-05-08,2023-08-18 06:57:43,,true
1064,Mei Singh,mei.singh1064@uni.edu,alumni,ES,free,282,2023-01-19,2024-06-06 04:06:11,2024-05-13 11:57:25,true
1065,Chidi Dubois,chidi.dubois1065@example.org,student,US,free,701,2024-05-02,2024-05-26 22:31:30,2024-03-09 04:09:38,true
1066,Joanna Okafor,joanna.okafor1066@example.org,alumni,US,free,789,2022-03-19,2024-06-03 03:11:51,2023-12-26 21:52:34,true
1067,"Dubois, Jean-Luc",jean-luc.dubois1067@EXAMPLE.ORG,student,GB,free,414,2024-03-01,2024-06-04 16:50:13,2024-04-09 19:50:08,true
1068,Mei O'Neil,mei.o'neil1068@mail.test,alumni,DE,free,733,2022-07-20,2022-12-19 03:31:38,,true
1069,Jean-Luc Müller,jean-luc.mller1069@mail.test,alumni,ES,pro,520,2024-01-09,2024-05-20 19:55:47,2024-02-11 17:49:32,true
1070,Omar Johansson,omar.johansson1070@EXAMPLE.ORG,student,IN,pro,739,2022-10-16,2024-06-09 03:25:00,,true
1071,Ravi Brown,ravi.brown1071@example.com,alumni,CA,free,538,2023-01-12,2023-08-23 20:49:54,,false
1072,Björn García,bjrn.garca1072@mail.test,alumni,GB,free,559,2022-03-30,2024-05-17 09:36:23,2024-06-15 13:03:06,true
1073,José Papadopoulos,jos.papadopoulos1073@mail.test,alumni,DE,free,96,2021-11-27,2023-05-09 01:37:17,2024-02-08 01:36:53,true
1074,Tom Johansson,tom.johansson1074@example.org,employer,DE,enterprise,732,2022-05-27,2024-04-07 19:28:28,,false
1075,Anna Kowalski,anna.kowalski1075@EXAMPLE.ORG,student,US,free,972,2024-04-28,2024-05-17 04:41:02,2024-02-16 04:40:13,false
1076,Tom Müller,tom.mller1076@example.org,staff,BR,free,649,2022-11-03,2024-04-12 20:22:28,2023-12-17 00:04:36,true
1077,Li O'Neil,li.o'neil1077@mail.test,student,IN,pro,421,2022-07-21,2024-04-15 18:28:19,2024-05-12 07:29:35,true
1078,Diego Johansson,diego.johansson1078@example.org,student,GB,enterprise,127,2023-01-18,2024-06-27 15:38:26,2024-01-07 11:26:34,false
1079,李雷 Brown,u1079.brown1079@mail.test,employer,CA,free,534,2022-05-03,2024-05-30 17:16:45,2024-06-27 20:57:56,false
1080,O'Brien Singh,o'brien.singh1080@example.org,admin,ES,free,541,2021-01-14,2022-12-27 01:55:04,2023-12-24 16:12:54,false
1081,Ann-Marie Tanaka,ann-marie.tanaka1081@example.com,student,GB,free,26,2023-01-08,2023-01-29 05:21:23,2024-01-06 11:48:38,true
1082,Joanna García,joanna.garca1082@uni.edu,alumni,CA,free,587,2023-12-07,2024-05-22 23:28:54,,true
1083,Yuki Dubois,yuki.dubois1083@uni.edu,alumni,US,pro,777,2023-06-01,2024-04-21 20:56:10,,true
1084,Anna Singh,anna.singh1084@uni.edu,alumni,DE,free,475,2023-07-15,2024-04-12 16:33:23,2024-01-01 18:22:14,true
1085,Fatima Smith,fatima.smith1085@example.com,employer,FR,pro,139,2024-03-14,2024-05-27 14:42:09,2024-01-18 17:56:08,false
1086,Yuki Nguyen,yuki.nguyen1086@EXAMPLE.ORG,alumni,FR,free,105,2023-03-06,2024-06-18 00:36:14,2024-03-23 02:02:40,true
1087,Joanna Kowalski,joanna.kowalski1087@example.org,student,JP,free,358,2021-11-23,2023-08-27 07:29:53,2024-06-27 13:07:44,true
1088,Li Johansson,li.johansson1088@EXAMPLE.ORG,staff,DE,free,713,2023-11-18,2024-02-24 12:55:58,2024-03-30 01:15:04,true
1089,Yuki Nguyen,yuki.nguyen1089@uni.edu,student,GB,free,301,2021-12-29,2022-02-28 19:58:07,2024-01-16 19:16:22,true
1090,Tom Dubois,tom.dubois1090@mail.test,staff,US,free,843,2022-06-04,2022-06-09 10:54:33,2024-06-24 02:40:29,true
1091,Diego Tanaka,diego.tanaka1091@example.com,alumni,FR,free,584,2022-01-09,2022-02-06 16:43:14,2023-12-22 20:49:36,true
1092,Tom Johansson,tom.johansson1092@mail.test,student,CA,free,628,2024-05-10,2024-06-23 10:07:37,2024-01-02 20:50:01,true
1093,Ève Johansson,ve.johansson1093@mail.test,alumni,US,free,324,2022-09-08,2024-05-20 20:26:21,2024-02-04 05:17:11,true
1094,Li Tanaka,li.tanaka1094@example.com,student,US,free,444,2023-05-17,2024-06-27 00:02:04,,true
1095,Fatima Johansson,fatima.johansson1095@example.com,staff,US,free,179,2022-06-13,2024-06-19 09:23:00,,true
1096,Zoë Singh,zo.singh1096@EXAMPLE.ORG,alumni,DE,pro,0,2022-10-21,2024-03-22 16:59:47,,true
1097,李雷 Rossi,u1097.rossi1097@uni.edu,alumni,ES,free,910,2023-11-21,2024-03-19 02:26:51,2024-06-15 03:57:16,true
1098,Sara Okafor,sara.okafor1098@uni.edu,student,IN,pro,347,2022-07-27,2024-01-29 08:55:11,2024-06-20 10:09:02,true
1099,李雷 García,u1099.garca1099@EXAMPLE.ORG,alumni,IN,enterprise,776,2023-07-23,2024-05-23 08:46:18,2024-05-25 20:38:43,true
1100,Joanna Dubois,joanna.dubois1100@example.com,alumni,FR,pro,926,2021-06-10,2024-06-11 05:07:36,2024-05-30 13:07:05,true
1101,Ravi Singh,ravi.singh1101@mail.test,student,IN,free,75,2022-05-16,2024-01-26 02:25:47,,true
1102,O'Brien Singh,o'brien.singh1102@uni.edu,student,US,free,229,2022-01-01,2024-04-02 01:52:13,2024-04-25 17:40:35,true
1103,Chidi Tanaka,chidi.tanaka1103@example.com,student,GB,pro,929,2023-06-09,2024-06-08 21:13:28,,true
1104,Ève Kowalski,ve.kowalski1104@example.com,alumni,DE,free,540,2024-03-20,2024-05-24 07:51:08,2024-02-03 11:41:04,true
1105,李雷 Okafor,u1105.okafor1105@mail.test,admin,IN,pro,768,2024-03-26,2024-06-23 23:15:08,2024-01-10 07:57:59,true
1106,Sara Okafor,sara.okafor1106@example.com,student,US,pro,294,2022-10-19,2024-06-17 08:43:10,2024-01-01 20:42:36,true
1107,Björn Müller,bjrn.mller1107@EXAMPLE.ORG,alumni,JP,free,373,2021-06-06,2024-06-07 04:12:06,2024-06-19 09:45:07,true
1108,Tom Okafor,tom.okafor1108@mail.test,student,GB,free,532,2024-05-08,2024-05-25 06:31:11,2023-12-15 17:11:46,true
1109,José Tanaka,jos.tanaka1109@uni.edu,student,DE,free,10,2023-02-28,2024-06-08 20:04:37,2024-04-20 05:31:21,true
1110,Hannah Okafor,hannah.okafor1110@mail.test,alumni,US,free,543,2021-04-28,2024-06-05 23:26:03,2024-04-11 16:04:54,true
1111,Omar Okafor,omar.okafor1111@EXAMPLE.ORG,student,GB,free,212,2022-03-07,2023-07-03 22:47:42,2024-01-14 14:30:26,true
1112,Joanna Müller,joanna.mller1112@uni.edu,alumni,FR,enterprise,707,2022-02-18,2022-03-12 09:39:19,,true
1113,Hannah Nguyen,hannah.nguyen1113@mail.test,student,US,free,,2024-03-15,2024-04-04 11:23:47,,false
1114,李雷 Tanaka,u1114.tanaka1114@mail.test,employer,FR,free,281,2023-03-31,2023-12-30 00:26:46,2024-05-29 02:33:46,false
1115,Ann Müller,ann.mller1115@example.org,alumni,CA,pro,530,2022-02-01,2024-05-14 03:25:58,,false
1116,Hannah Nguyen,hannah.nguyen1116@mail.test,student,GB,free,8,2022-05-20,2024-04-22 20:04:21,2024-03-15 13:30:34,true
1117,Ann Nguyen,ann.nguyen1117@EXAMPLE.ORG,alumni,MX,free,600,2024-03-16,2024-06-28 03:09:52,2024-04-03 18:13:43,false
1118,Ève Nguyen,ve.nguyen1118@example.com,student,CA,free,958,2024-03-06,2024-04-21 00:24:50,2024-02-14 04:54:39,true
1119,Joanna Okafor,joanna.okafor1119@EXAMPLE.ORG,student,CA,pro,461,2024-04-05,2024-06-09 13:57:31,2024-01-29 17:58:06,true
1120,Ravi Okafor,ravi.okafor1120@example.org,alumni,DE,free,691,2023-05-19,2024-06-30 08:31:53,2024-06-20 02:46:51,true
1121,Hannah Kowalski,hannah.kowalski1121@uni.edu,student,DE,free,930,2022-07-15,2022-07-31 02:34:42,2024-06-21 08:37:46,true
1122,Ann García,ann.garca1122@uni.edu,alumni,US,free,951,2022-05-24,2022-06-08 10:25:55,2023-12-24 22:16:33,true
1123,Ève Papadopoulos,ve.papadopoulos1123@EXAMPLE.ORG,alumni,US,pro,709,2023-02-26,2024-04-29 17:20:05,2024-05-17 22:42:18,true
1124,Sara Dubois,sara.dubois1124@uni.edu,alumni,BR,pro,741,2021-03-30,2024-03-25 08:21:19,2024-05-19 20:47:06,true
1125,Sara Singh,sara.singh1125@EXAMPLE.ORG,student,US,pro,346,2022-10-09,2024-05-19 01:17:03,2024-03-10 04:46:28,true
1126,Tom O'Neil,tom.o'neil1126@mail.test,student,US,free,464,2022-12-23,2023-02-19 22:13:09,2024-06-23 04:06:11,true
1127,Ève O'Neil,ve.o'neil1127@EXAMPLE.ORG,student,IN,pro,886,2024-04-12,2024-06-11 03:52:41,,false
1128,李雷 Nguyen,u1128.nguyen1128@example.org,admin,IN,free,190,2023-03-20,2024-04-06 02:03:28,,false
1129,李雷 Papadopoulos,u1129.papadopoulos1129@example.com,staff,AU,free,733,2023-05-17,2024-03-24 21:12:37,2024-05-12 02:57:08,true
1130,Ann Johansson,ann.johansson1130@example.com,alumni,US,free,430,2023-11-24,2024-05-17 16:23:51,,false
1131,Mei Okafor,mei.okafor1131@uni.edu,staff,US,free,252,2023-08-24,2024-05-20 09:41:46,2024-04-27 12:57:12,false
1132,Ann-Marie Smith,ann-marie.smith1132@uni.edu,staff,US,pro,207,2022-07-03,2022-07-05 18:24:39,2023-12-25 05:29:23,true
1133,Tom Papadopoulos,tom.papadopoulos1133@mail.test,student,US,pro,799,2024-01-11,2024-04-16 02:25:01,2023-12-27 09:02:41,true
1134,Omar Nguyen,omar.nguyen1134@example.com,alumni,AU,free,546,2021-11-25,2024-06-22 08:58:29,2024-05-18 00:54:18,true
1135,Zoë Kowalski,zo.kowalski1135@EXAMPLE.ORG,staff,CA,free,535,2024-04-26,2024-05-23 02:01:54,2024-01-07 20:35:17,true
1136,Sara Müller,sara.mller1136@example.org,employer,IN,free,924,2022-06-08,2024-04-05 20:39:08,,true
1137,Ann-Marie Nguyen,ann-marie.nguyen1137@EXAMPLE.ORG,student,US,free,380,2023-12-02,,2024-01-30 06:38:13,true
1138,Björn Rossi,bjrn.rossi1138@uni.edu,alumni,CA,free,682,2022-06-04,2024-06-13 20:22:53,,true
1139,Joanna Tanaka,joanna.tanaka1139@uni.edu,student,DE,free,945,2024-01-09,2024-01-11 02:13:17,,false
1140,Jean-Luc Tanaka,jean-luc.tanaka1140@mail.test,alumni,GB,pro,167,2021-08-03,2024-06-01 23:10:47,,true
1141,李雷 Müller,u1141.mller1141@mail.test,student,NG,pro,813,2023-12-31,2024-06-22 17:59:58,2024-06-19 20:56:51,true
1142,José Brown,jos.brown1142@mail.test,alumni,IN,free,289,2022-05-14,2024-04-05 06:47:16,,true
1143,Tom Okafor,tom.okafor1143@uni.edu,student,US,free,681,2024-05-31,2024-06-11 10:25:09,,true
1144,Björn Müller,bjrn.mller1144@example.com,alumni,AU,free,599,2021-07-22,2023-07-19 22:49:45,2024-01-12 02:28:10,true
1145,Ann Johansson,ann.johansson1145@mail.test,student,IN,free,536,2023-09-27,2024-06-12 09:34:17,2024-01-31 21:10:19,true
1146,O'Brien Brown,o'brien.brown1146@uni.edu,student,JP,pro,729,2023-02-22,2024-06-07 02:44:49,,true
1147,Zoë Johansson,zo.johansson1147@uni.edu,alumni,US,free,793,2021-09-25,2022-04-28 13:08:06,2023-12-30 18:39:46,false
1148,Yuki Dubois,yuki.dubois1148@uni.edu,student,US,free,835,2023-09-07,2024-02-24 17:59:54,,false
1149,李雷 Kowalski,u1149.kowalski1149@example.com,student,BR,free,572,2023-12-03,2024-06-23 20:31:29,2024-05-09 09:25:36,true
1150,Ann-Marie Nguyen,ann-marie.nguyen1150@example.org,student,US,free,558,2022-10-16,2024-04-16 00:35:40,2024-06-04 23:01:03,true
1151,Ann Okafor,ann.okafor1151@EXAMPLE.ORG,student,CA,free,442,2022-08-16,2024-05-10 15:41:54,2024-05-18 08:39:15,true
1152,Jean-Luc Smith,jean-luc.smith1152@example.com,student,DE,free,582,2022-06-04,2022-06-11 11:14:00,2024-01-22 20:46:13,true
1153,Ève Rossi,ve.rossi1153@EXAMPLE.ORG,staff,GB,free,876,2022-10-26,2024-05-14 20:43:53,2024-06-16 10:34:36,true
1154,Ann-Marie Brown,ann-marie.brown1154@example.org,alumni,GB,free,898,2022-02-16,2024-04-02 01:58:53,2023-12-25 00:03:01,true
1155,Omar Müller,omar.mller1155@EXAMPLE.ORG,staff,US,free,350,2022-04-14,2023-02-04 11:53:20,2024-04-11 12:35:14,true
1156,Anna Papadopoulos,anna.papadopoulos1156@mail.test,alumni,US,pro,288,2023-07-17,2024-05-08 08:11:56,,true
1157,Li Brown,li.brown1157@mail.test,student,DE,free,708,2024-02-11,2024-06-10 14:56:00,2024-02-21 12:56:44,false
1158,Tom Dubois,tom.dubois1158@uni.edu,student,BR,pro,617,2024-03-27,2024-06-06 10:18:15,2024-05-16 23:16:39,true
1159,Li Smith,li.smith1159@example.com,employer,BR,free,114,2023-11-02,2024-04-18 23:17:41,,false
1160,Chidi Müller,chidi.mller1160@EXAMPLE.ORG,alumni,BR,free,292,2023-12-05,2024-04-26 13:19:57,,true
1161,José Johansson,jos.johansson1161@EXAMPLE.ORG,student,IN,pro,710,2021-02-05,2024-03-15 06:27:02,2024-03-13 03:23:25,true
1162,Yuki O'Neil,yuki.o'neil1162@example.com,student,US,free,248,2022-12-11,2024-06-05 05:10:22,2024-05-02 12:24:48,true
1163,Sara Smith,sara.smith1163@EXAMPLE.ORG,staff,US,pro,23,2023-11-22,2024-05-28 15:54:46,2024-04-02 18:17:07,true
1164,"Papadopoulos, Joanna",joanna.papadopoulos1164@example.org,student,US,free,438,2022-02-10,2023-12-07 11:02:13,,false
1165,Tom Smith,tom.smith1165@EXAMPLE.ORG,alumni,US,free,754,2023-09-01,2024-05-09 12:23:45,,true
1166,Ève Johansson,ve.johansson1166@example.org,alumni,IN,pro,,2024-04-02,2024-05-30 18:49:51,2024-05-21 11:50:13,true
1167,Joanna Smith,joanna.smith1167@example.com,staff,US,enterprise,925,2022-08-19,2024-05-24 00:28:02,2024-05-17 12:51:28,true
1168,Zoë Rossi,zo.rossi1168@example.com,student,GB,free,248,2023-01-26,2024-05-27 12:15:56,2024-04-09 15:37:26,false
1169,Hannah Smith,hannah.smith1169@uni.edu,student,US,free,38,2024-01-22,2024-04-22 14:30:01,,true
1170,O'Brien Papadopoulos,o'brien.papadopoulos1170@EXAMPLE.ORG,employer,GB,free,259,2024-05-05,2024-05-27 20:20:08,2024-01-21 13:48:52,true
1171,Ravi Müller,ravi.mller1171@example.com,admin,NG,free,722,2021-09-23,2024-06-25 15:02:04,,true
1172,Mei Johansson,mei.johansson1172@example.org,employer,IN,free,859,2022-11-04,2023-02-10 09:19:13,2024-05-04 18:05:29,true
1173,Mei Kowalski,mei.kowalski1173@example.org,student,CA,free,740,2024-04-19,2024-06-03 20:20:15,,false
1174,李雷 Okafor,u1174.okafor1174@mail.test,student,US,free,474,2023-08-15,2024-05-09 11:27:08,2024-05-19 02:37:15,true
1175,Mei García,mei.garca1175@example.org,alumni,US,free,225,2022-07-01,2024-05-24 08:12:12,2023-12-14 19:55:27,true
1176,Ann-Marie O'Neil,ann-marie.o'neil1176@uni.edu,student,US,free,476,2023-08-29,2024-04-19 23:19:28,2023-12-27 16:44:25,true
1177,Ravi Nguyen,ravi.nguyen1177@example.com,alumni,CA,pro,661,2023-01-21,2024-06-21 11:03:47,2024-05-24 00:55:09,true
1178,Tom García,tom.garca1178@EXAMPLE.ORG,student,GB,enterprise,714,2023-10-25,2024-04-05 07:56:35,,true
1179,Mei Tanaka,mei.tanaka1179@uni.edu,alumni,US,free,724,2023-10-30,2024-02-16 18:07:23,2024-03-30 05:47:46,true
1180,O'Brien Johansson,o'brien.johansson1180@example.com,student,US,free,73,2022-06-15,2022-12-11 15:28:33,2024-05-21 04:50:18,true
1181,Björn Kowalski,bjrn.kowalski1181@example.com,student,DE,pro,329,2023-10-25,2024-06-08 11:34:57,2023-12-20 14:39:40,true
1182,Ravi O'Neil,ravi.o'neil1182@mail.test,employer,IN,free,141,2024-04-08,2024-04-16 18:03:17,2024-05-02 10:39:35,true
1183,Chidi Smith,chidi.smith1183@uni.edu,student,IN,free,723,2024-04-16,2024-04-24 08:19:41,2024-02-18 20:25:42,true
1184,李雷 Müller,u1184.mller1184@EXAMPLE.ORG,staff,US,free,526,2023-10-14,2024-06-16 12:47:35,2023-12-21 20:37:54,false
1185,Tom Dubois,tom.dubois1185@example.org,staff,ES,free,515,2022-01-01,2022-11-23 03:36:12,,true
1186,Ann Okafor,ann.okafor1186@uni.edu,alumni,US,free,244,2022-04-28,2023-09-16 22:50:46,,true
1187,Björn Singh,bjrn.singh1187@EXAMPLE.ORG,student,IN,free,983,2022-10-03,2024-01-30 01:58:26,2024-06-15 19:28:47,true
1188,Björn Tanaka,bjrn.tanaka1188@example.org,student,US,free,328,2022-05-20,2022-06-04 19:14:30,2024-01-24 14:32:18,true
1189,Anna Papadopoulos,anna.papadopoulos1189@EXAMPLE.ORG,employer,US,free,344,2023-06-30,2024-06-03 07:35:06,2024-03-26 14:27:32,false
1190,Anna Tanaka,anna.tanaka1190@mail.test,staff,IN,free,758,2022-08-16,2024-06-30 21:45:44,2024-01-04 22:14:18,true
1191,Omar Tanaka,omar.tanaka1191@mail.test,student,FR,free,319,2024-05-27,2024-06-27 09:22:05,2024-03-18 20:30:43,false
1192,Diego Smith,diego.smith1192@uni.edu,student,AU,free,538,2023-08-03,2024-04-16 01:59:43,2024-04-30 00:12:55,false
1193,Omar Rossi,omar.rossi1193@mail.test,alumni,BR,enterprise,350,2023-06-01,2024-06-12 09:34:23,2024-01-16 23:33:43,true
1194,Hannah Tanaka,hannah.tanaka1194@mail.test,alumni,AU,pro,663,2024-05-13,2024-05-28 07:38:38,2023-12-30 07:08:58,true
1195,Omar Brown,omar.brown1195@example.org,student,NG,free,48,2023-06-02,2023-08-01 08:29:43,2024-01-18 11:21:09,false
1196,Sara Rossi,sara.rossi1196@mail.test,student,IN,free,197,2024-03-04,2024-06-29 13:56:01,,false
1197,Mei Singh,mei.singh1197@uni.edu,alumni,FR,free,302,2023-07-07,2024-06-29 14:39:29,2024-02-23 21:53:07,false
1198,José García,jos.garca1198@EXAMPLE.ORG,staff,GB,free,744,2022-10-13,2024-06-11 21:52:35,2023-12-20 12:45:26,true
1199,Sara Singh,sara.singh1199@uni.edu,staff,BR,pro,641,2022-05-09,2023-07-16 11:23:09,,true
1200,Ravi Singh,ravi.singh1200@uni.edu,admin,US,free,508,2023-10-25,2024-05-19 07:07:02,2024-02-13 18:33:22,false
1201,Ravi Smith,ravi.smith1201@example.com,employer,US,free,653,2023-05-10,2023-08-10 03:03:13,2024-06-09 08:41:52,true
1202,Omar Dubois,omar.dubois1202@example.org,alumni,US,free,623,2022-05-03,2024-06-20 20:54:52,,true
1203,Zoë Papadopoulos,zo.papadopoulos1203@EXAMPLE.ORG,alumni,DE,free,70,2022-08-05,2022-08-28 16:33:43,,true
1204,李雷 Singh,u1204.singh1204@uni.edu,student,BR,free,624,2022-06-10,2023-01-24 13:16:42,,true
1205,Ève Müller,ve.mller1205@example.com,student,CA,free,409,2023-07-12,2024-05-27 16:22:40,2024-04-14 17:27:28,false
1206,Hannah O'Neil,hannah.o'neil1206@uni.edu,alumni,BR,free,366,2023-12-11,2024-06-18 18:14:54,2024-04-03 11:04:56,true
1207,Tom Kowalski,tom.kowalski1207@example.com,employer,IN,free,251,2023-07-28,2024-06-17 05:02:16,2023-12-22 09:08:28,true
1208,Jean-Luc Smith,jean-luc.smith1208@mail.test,alumni,IN,free,814,2022-11-29,2024-06-13 22:12:41,,true
1209,Zoë Brown,zo.brown1209@uni.edu,student,US,free,647,2023-10-14,2024-06-04 17:40:44,2023-12-25 18:18:20,true
1210,Sara García,sara.garca1210@uni.edu,alumni,FR,free,600,2024-05-06,2024-05-19 23:04:46,,true
1211,Björn Müller,bjrn.mller1211@uni.edu,alumni,IN,free,857,2022-05-28,2022-06-10 19:00:40,2024-05-01 05:39:39,false
1212,Anna Singh,anna.singh1212@example.org,student,CA,pro,780,2022-09-21,2024-06-07 05:25:05,,true
1213,Yuki Papadopoulos,yuki.papadopoulos1213@example.org,student,US,pro,439,2022-07-20,2022-08-05 02:45:52,2024-06-21 22:16:48,true
1214,Sara Müller,sara.mller1214@mail.test,employer,GB,free,1,2022-06-18,2022-11-04 21:17:52,2024-05-25 08:40:09,true
1215,Hannah Tanaka,hannah.tanaka1215@mail.test,alumni,CA,free,386,2022-12-12,,,true
1216,Ève Okafor,ve.okafor1216@uni.edu,student,JP,free,227,2024-02-24,2024-06-20 05:17:27,2024-05-23 12:06:49,true
1217,Chidi Johansson,chidi.johansson1217@EXAMPLE.ORG,student,FR,free,258,2021-10-30,2024-05-10 05:59:03,,true
1218,Hannah Rossi,hannah.rossi1218@mail.test,student,US,free,83,2022-03-04,2024-05-24 21:53:37,2024-04-10 01:22:23,true
1219,Ann-Marie Johansson,ann-marie.johansson1219@uni.edu,admin,FR,free,,2022-02-19,2024-06-10 04:03:43,2024-06-27 12:40:32,true
1220,José Rossi,jos.rossi1220@example.org,student,ES,free,215,2021-07-26,2023-11-28 10:04:25,2024-01-15 17:13:36,true
1221,李雷 García,u1221.garca1221@example.org,student,FR,pro,634,2022-06-28,2024-06-22 03:31:55,2024-03-17 15:53:17,true
1222,Hannah Papadopoulos,hannah.papadopoulos1222@example.com,student,ES,pro,982,2023-02-05,2023-02-19 05:55:08,2024-03-06 15:20:36,true
1223,Ève Müller,ve.mller1223@example.org,student,US,pro,764,2021-10-23,2024-04-23 11:11:52,2024-03-08 00:34:37,true
1224,Ravi Brown,ravi.brown1224@example.org,employer,FR,free,639,2023-02-27,2024-05-29 14:39:04,2023-12-31 11:44:21,true
1225,Li Müller,li.mller1225@EXAMPLE.ORG,student,ES,free,79,2022-09-05,2024-05-21 04:26:11,2024-06-13 03:32:23,true
1226,Hannah Rossi,hannah.rossi1226@uni.edu,student,CA,free,300,2022-09-09,2023-08-18 16:18:19,,true
1227,Mei García,mei.garca1227@uni.edu,student,ES,free,999,2022-11-23,2024-05-27 02:18:08,2024-04-05 03:48:56,false
1228,Ann Johansson,ann.johansson1228@example.com,admin,US,pro,846,2024-01-25,2024-05-24 13:30:09,,true
1229,Tom Tanaka,tom.tanaka1229@uni.edu,employer,DE,free,424,2023-01-07,2024-06-16 19:20:39,,true
1230,Yuki Brown,yuki.brown1230@mail.test,alumni,ES,pro,143,2023-11-15,2024-06-17 16:24:36,2024-01-26 17:09:51,false
1231,Hannah Müller,hannah.mller1231@uni.edu,student,US,pro,81,2022-03-23,2024-06-17 05:26:09,2023-12-19 02:33:56,true
1232,José O'Neil,jos.o'neil1232@EXAMPLE.ORG,student,GB,free,251,2023-03-18,2024-05-04 16:05:34,2024-05-17 00:24:51,true
1233,Diego Kowalski,diego.kowalski1233@example.org,student,JP,free,736,2021-11-01,2024-06-09 07:17:16,2024-04-10 06:49:13,true
1234,Ann Smith,ann.smith1234@uni.edu,alumni,GB,pro,808,2022-08-08,,2024-02-10 20:27:59,true
1235,Zoë Brown,zo.brown1235@mail.test,student,AU,free,175,2023-04-25,2024-02-26 18:17:39,,true
1236,Björn Nguyen,bjrn.nguyen1236@mail.test,student,CA,free,300,2022-09-14,2024-06-17 01:05:41,2024-01-21 13:05:10,true
1237,Ève Smith,ve.smith1237@EXAMPLE.ORG,student,AU,free,204,2023-07-08,2024-05-27 04:30:54,,true
1238,Omar Singh,omar.singh1238@example.com,student,GB,pro,445,2021-09-16,2024-06-19 15:06:10,2024-03-21 23:28:44,true
1239,O'Brien Singh,o'brien.singh1239@example.org,employer,IN,pro,31,2022-05-19,2022-05-27 05:16:44,2024-02-09 07:41:28,true
1240,José Okafor,jos.okafor1240@mail.test,alumni,GB,free,199,2024-05-06,2024-05-21 15:16:24,,true
1241,Li Singh,li.singh1241@uni.edu,student,ES,pro,333,2023-01-29,2024-06-08 18:59:24,2024-05-21 11:45:30,true
1242,O'Brien Kowalski,o'brien.kowalski1242@mail.test,employer,BR,enterprise,203,2021-09-07,2024-06-10 07:11:48,2024-03-08 10:18:18,true
1243,Ève O'Neil,ve.o'neil1243@EXAMPLE.ORG,student,US,free,881,2021-03-20,2024-05-23 12:46:31,2024-06-23 04:20:25,true
1244,Zoë Nguyen,zo.nguyen1244@uni.edu,alumni,US,free,369,2021-10-27,2024-05-01 14:54:29,2024-05-18 03:11:53,false
1245,Zoë Okafor,zo.okafor1245@example.com,alumni,JP,free,398,2023-04-27,2024-05-23 21:22:46,2024-01-19 12:18:45,true
1246,Sara Singh,sara.singh1246@example.org,employer,GB,free,936,2022-08-30,2023-05-16 20:31:14,2024-06-14 11:21:52,true
1247,Joanna Kowalski,joanna.kowalski1247@example.org,student,DE,enterprise,98,2023-07-30,2024-04-25 15:54:30,2024-01-11 21:24:27,true
1248,Ann-Marie O'Neil,ann-marie.o'neil1248@example.com,student,US,pro,553,2022-08-28,2024-04-04 16:15:41,2024-05-16 22:51:16,true
1249,Tom Tanaka,tom.tanaka1249@example.org,staff,CA,free,194,2022-05-17,2022-08-25 19:38:37,2024-06-18 14:46:33,false
1250,Ève Papadopoulos,ve.papadopoulos1250@example.com,alumni,FR,free,225,2022-09-13,2024-04-29 05:39:40,2024-05-16 22:53:59,true
1251,Hannah Müller,hannah.mller1251@example.com,alumni,GB,free,323,2022-02-23,2022-03-18 04:20:43,2024-05-02 07:21:23,false
1252,Ève Dubois,ve.dubois1252@mail.test,alumni,DE,free,819,2023-01-10,2024-02-23 22:36:40,2024-04-16 07:39:29,true
1253,Ravi Johansson,ravi.johansson1253@example.org,employer,DE,pro,95,2022-10-06,2022-10-18 01:07:59,,true
1254,李雷 O'Neil,u1254.o'neil1254@mail.test,student,CA,enterprise,783,2022-06-21,2022-07-17 19:50:48,,true
1255,O'Brien Nguyen,o'brien.nguyen1255@uni.edu,student,US,free,622,2021-10-17,2024-04-22 09:47:31,2024-03-20 07:08:36,true
1256,Björn García,bjrn.garca1256@example.com,admin,AU,free,561,2024-05-21,2024-05-22 14:50:18,2024-02-07 21:46:41,true
1257,Björn Singh,bjrn.singh1257@example.org,student,FR,pro,632,2022-08-14,2024-05-14 20:08:48,2024-05-09 05:52:38,false
1258,Zoë Kowalski,zo.kowalski1258@mail.test,employer,US,pro,848,2022-04-18,2024-06-15 07:27:12,2024-06-02 23:00:10,true
1259,Anna Müller,anna.mller1259@uni.edu,student,FR,free,485,2024-02-20,2024-05-20 01:02:20,2024-02-13 15:16:15,true
1260,Ravi Brown,ravi.brown1260@uni.edu,employer,US,pro,882,2021-07-07,2024-06-30 06:17:56,,true
1261,"Papadopoulos, Omar",omar.papadopoulos1261@example.org,student,FR,free,799,2022-04-23,2024-05-16 01:02:47,2024-01-24 02:39:50,true
1262,Omar Papadopoulos,omar.papadopoulos1262@mail.test,alumni,AU,free,131,2021-10-15,2023-06-27 01:36:23,2024-01-30 08:52:02,false
1263,Hannah Müller,hannah.mller1263@mail.test,employer,DE,pro,499,2023-05-17,2024-06-04 10:05:22,2024-01-24 22:15:32,true
1264,Anna Dubois,anna.dubois1264@example.org,student,US,free,999,2022-02-25,2022-03-22 07:34:12,2024-05-24 07:47:13,true
1265,Ann-Marie Rossi,ann-marie.rossi1265@example.org,employer,AU,free,140,2023-09-07,2024-04-20 17:11:12,2024-02-21 21:43:57,true
1266,"Joanna ""García"" Jr",joanna.garca1266@EXAMPLE.ORG,student,US,free,719,2021-02-05,2024-06-08 22:40:22,2024-02-20 13:09:47,true
1267,Björn Okafor,bjrn.okafor1267@mail.test,employer,GB,free,746,2023-12-14,2024-02-17 09:50:42,2024-06-16 21:40:57,false
1268,Ann-Marie Tanaka,ann-marie.tanaka1268@example.com,student,GB,free,404,2022-08-26,2024-04-23 14:49:56,2024-03-30 04:09:55,true
1269,Li Kowalski,li.kowalski1269@mail.test,alumni,DE,free,413,2023-06-11,2024-05-27 06:16:27,2024-02-24 11:49:30,true
1270,Ann-Marie Smith,ann-marie.smith1270@EXAMPLE.ORG,student,GB,free,113,2023-09-12,2024-06-23 19:18:31,2024-02-15 19:38:32,true
1271,Jean-Luc O'Neil,jean-luc.o'neil1271@uni.edu,alumni,US,free,901,2022-10-24,2024-06-30 07:24:26,2024-04-29 09:54:22,true
1272,Hannah Singh,hannah.singh1272@example.org,staff,IN,free,,2023-01-15,2024-06-30 03:38:23,2024-04-06 22:38:14,true
1273,Jean-Luc Papadopoulos,jean-luc.papadopoulos1273@example.com,student,MX,free,425,2022-02-21,2024-04-30 11:42:57,2024-05-07 19:00:40,true
1274,O'Brien Singh,o'brien.singh1274@example.org,student,IN,free,751,2023-02-02,2024-06-27 13:20:53,,true
1275,O'Brien Brown,o'brien.brown1275@example.com,alumni,DE,free,279,2022-03-15,2024-06-18 06:03:42,2024-03-01 04:49:39,true
1276,Hannah Smith,hannah.smith1276@mail.test,student,ES,free,36,2022-06-08,2022-07-05 17:10:19,2024-04-11 21:21:28,true
1277,Mei Okafor,mei.okafor1277@example.com,student,GB,free,407,2023-06-30,2024-05-25 13:29:11,2023-12-25 01:21:12,true
1278,Zoë Johansson,zo.johansson1278@mail.test,employer,US,free,570,2023-02-22,2024-06-03 01:10:02,2024-04-02 18:06:31,true
1279,Tom García,tom.garca1279@uni.edu,student,CA,free,507,2022-08-20,2024-05-22 12:49:42,2024-03-01 00:44:43,true
1280,O'Brien Papadopoulos,o'brien.papadopoulos1280@example.com,staff,GB,pro,379,2021-08-10,2024-05-30 09:29:40,2024-05-22 00:08:25,false
1281,Sara Johansson,sara.johansson1281@uni.edu,student,MX,pro,793,2022-08-06,2024-05-29 18:55:29,2024-05-30 10:38:05,true
1282,Ravi Brown,ravi.brown1282@uni.edu,admin,US,free,64,2022-08-13,2024-06-09 09:20:54,2024-06-04 13:17:21,true
1283,Chidi Singh,chidi.singh1283@uni.edu,employer,US,free,929,2023-05-04,2023-07-03 17:16:16,,true
1284,Yuki Kowalski,yuki.kowalski1284@EXAMPLE.ORG,student,DE,free,520,2023-08-04,2024-05-07 01:32:33,2023-12-18 05:27:58,false
1285,Tom Okafor,tom.okafor1285@uni.edu,student,US,pro,885,2023-11-08,2023-11-24 13:53:04,2024-01-10 13:53:32,true
1286,Jean-Luc García,jean-luc.garca1286@EXAMPLE.ORG,student,ES,free,298,2021-06-22,2024-05-17 08:32:02,2024-03-01 14:21:05,true
1287,Ann O'Neil,ann.o'neil1287@example.org,admin,AU,free,923,2023-09-16,2024-04-29 22:40:10,2024-05-15 08:47:05,true
1288,Tom Brown,tom.brown1288@mail.test,student,US,free,628,2024-04-09,2024-06-30 16:22:32,2024-04-11 01:26:00,true
1289,Björn Kowalski,bjrn.kowalski1289@example.com,employer,FR,free,817,2024-03-17,2024-05-04 04:52:05,,true
1290,O'Brien García,o'brien.garca1290@example.com,student,DE,free,652,2021-10-13,2024-05-01 00:27:17,,true
1291,Omar O'Neil,omar.o'neil1291@EXAMPLE.ORG,alumni,GB,free,538,2023-08-28,2024-02-13 00:40:11,2024-05-30 04:39:48,true
1292,José García,jos.garca1292@example.org,student,AU,pro,911,2023-12-16,2024-05-15 07:38:44,2023-12-14 12:06:28,true
1293,Jean-Luc Brown,jean-luc.brown1293@mail.test,student,IN,pro,876,2024-04-29,2024-05-19 13:17:42,,true
1294,Hannah Nguyen,hannah.nguyen1294@mail.test,student,US,pro,967,2024-05-19,2024-05-24 23:14:57,,true
1295,Tom Dubois,tom.dubois1295@EXAMPLE.ORG,student,IN,free,184,2022-07-29,2022-08-21 02:09:40,,false
1296,Fatima Singh,fatima.singh1296@uni.edu,employer,MX,free,50,2021-10-30,2024-06-13 15:52:11,2024-04-14 01:39:55,true
1297,Ravi Dubois,ravi.dubois1297@example.org,employer,US,free,441,2023-07-09,2023-07-22 11:13:14,2024-06-27 09:52:49,false
1298,李雷 Nguyen,u1298.nguyen1298@example.com,student,US,pro,768,2023-08-31,2023-09-14 08:20:40,2024-04-06 00:52:49,true
1299,Ann Smith,ann.smith1299@uni.edu,student,US,free,977,2022-12-21,2023-01-18 23:10:49,,true
1300,李雷 Smith,u1300.smith1300@mail.test,alumni,US,free,135,2023-03-24,,2024-04-28 05:35:55,true
1301,Anna Dubois,anna.dubois1301@EXAMPLE.ORG,employer,IN,free,613,2023-02-20,2023-02-23 10:34:34,,false
1302,Ève Brown,ve.brown1302@EXAMPLE.ORG,student,FR,free,41,2023-09-18,2024-06-26 06:35:12,2024-06-07 03:28:12,true
1303,Ravi Kowalski,ravi.kowalski1303@uni.edu,staff,BR,free,821,2022-01-10,2022-01-28 23:25:22,,true
1304,Ann Singh,ann.singh1304@EXAMPLE.ORG,staff,MX,pro,776,2023-06-14,2024-06-26 08:25:51,2024-05-04 09:39:20,true
1305,Ravi Johansson,ravi.johansson1305@EXAMPLE.ORG,student,DE,pro,838,2023-09-13,2024-06-01 22:06:13,2024-01-28 04:55:50,false
1306,Jean-Luc Singh,jean-luc.singh1306@mail.test,student,ES,pro,381,2022-06-25,2022-07-12 02:59:28,2024-06-28 16:38:40,true
1307,O'Brien Okafor,o'brien.okafor1307@uni.edu,student,US,enterprise,987,2022-02-26,2024-06-22 03:49:55,2024-05-09 20:43:07,true
1308,Björn Smith,bjrn.smith1308@EXAMPLE.ORG,alumni,IN,pro,408,2022-11-06,2024-05-02 12:27:36,,true
1309,Chidi Okafor,chidi.okafor1309@uni.edu,staff,BR,free,166,2022-09-06,2024-05-25 15:52:13,2024-05-17 02:27:19,true
1310,Diego Kowalski,diego.kowalski1310@EXAMPLE.ORG,staff,IN,free,857,2022-06-05,2022-09-04 03:21:34,2024-06-28 05:46:01,true
1311,Anna Papadopoulos,anna.papadopoulos1311@EXAMPLE.ORG,student,GB,free,609,2022-04-26,2022-05-13 22:11:12,,true
1312,Joanna Müller,joanna.mller1312@uni.edu,employer,AU,free,152,2023-05-12,2024-06-06 21:24:52,2024-06-20 23:54:30,true
1313,José Tanaka,jos.tanaka1313@uni.edu,student,JP,free,551,2023-08-11,2023-09-29 09:20:18,2024-06-03 10:47:23,true
1314,Mei Brown,mei.brown1314@example.com,student,JP,free,402,2023-01-31,2024-06-02 16:10:05,,true
1315,Yuki García,yuki.garca1315@EXAMPLE.ORG,student,AU,pro,689,2022-08-29,2024-01-01 00:50:24,,false
1316,Anna Johansson,anna.johansson1316@example.org,alumni,US,free,564,2022-12-28,2024-06-11 00:19:23,2024-01-17 00:29:03,true
1317,Tom Singh,tom.singh1317@EXAMPLE.ORG,employer,US,pro,962,2023-01-12,2024-06-06 08:35:42,2024-02-22 10:31:45,true
1318,Chidi Müller,chidi.mller1318@example.com,employer,DE,pro,866,2021-11-09,2024-05-17 14:16:14,,false
1319,Diego Brown,diego.brown1319@mail.test,student,GB,enterprise,145,2022-04-30,2024-04-19 02:23:24,2024-03-11 09:25:13,true
1320,O'Brien Nguyen,o'brien.nguyen1320@example.org,alumni,GB,free,849,2024-01-14,2024-02-06 05:30:10,2024-05-06 18:03:26,true
1321,Hannah Okafor,hannah.okafor1321@example.com,student,FR,free,362,2024-02-19,2024-06-23 15:57:46,2024-01-07 19:48:59,false
1322,Yuki Rossi,yuki.rossi1322@example.com,alumni,GB,free,374,2023-05-25,2023-06-22 03:58:07,,true
1323,Ève Papadopoulos,ve.papadopoulos1323@uni.edu,alumni,US,free,693,2023-04-15,2024-06-08 04:26:44,,true
1324,O'Brien García,o'brien.garca1324@example.org,student,AU,free,235,2022-08-11,2022-08-25 10:01:42,2024-03-25 10:51:15,true
1325,Ravi Nguyen,ravi.nguyen1325@EXAMPLE.ORG,student,GB,free,,2022-04-30,2024-06-18 23:48:10,,false
1326,Ravi Müller,ravi.mller1326@EXAMPLE.ORG,student,US,free,593,2024-03-19,2024-04-23 02:44:20,,false
1327,Mei Nguyen,mei.nguyen1327@EXAMPLE.ORG,alumni,US,pro,622,2024-05-23,2024-06-05 02:28:33,2024-06-29 10:10:21,true
1328,Hannah Nguyen,hannah.nguyen1328@mail.test,admin,US,free,510,2024-04-05,2024-05-17 02:37:05,2024-01-08 12:58:07,true
1329,Ann-Marie Smith,ann-marie.smith1329@uni.edu,student,BR,pro,14,2023-11-16,2024-04-11 08:13:13,2024-04-21 23:50:38,false
1330,Fatima García,fatima.garca1330@EXAMPLE.ORG,student,FR,free,206,2023-07-15,2024-06-22 11:25:27,2024-06-10 08:44:58,true
1331,Diego Tanaka,diego.tanaka1331@mail.test,staff,FR,free,436,2023-05-07,2024-05-18 17:03:46,2023-12-26 02:36:47,true
1332,Chidi Nguyen,chidi.nguyen1332@EXAMPLE.ORG,student,JP,free,475,2023-01-15,2023-01-29 16:22:02,2024-06-01 06:52:29,true
1333,José Tanaka,jos.tanaka1333@example.com,alumni,US,free,661,2024-04-28,2024-05-28 12:52:47,2024-01-10 18:23:46,true
1334,Hannah Papadopoulos,hannah.papadopoulos1334@example.com,alumni,US,free,910,2021-12-29,2022-02-22 14:00:49,2024-01-09 14:49:48,true
1335,Omar Singh,omar.singh1335@example.org,student,GB,pro,341,2023-07-05,2024-06-01 09:24:50,,true
1336,Diego Papadopoulos,diego.papadopoulos1336@example.org,student,US,free,16,2023-12-11,2024-05-25 08:06:45,2024-05-15 03:05:08,false
1337,Hannah Smith,hannah.smith1337@example.com,alumni,ES,pro,604,2023-07-23,2023-11-08 00:34:40,2024-04-22 07:46:06,false
1338,Ann Papadopoulos,ann.papadopoulos1338@example.org,student,US,free,658,2024-03-15,2024-05-09 21:33:00,2024-05-29 11:59:31,true
1339,Ravi Nguyen,ravi.nguyen1339@uni.edu,student,MX,pro,273,2022-07-28,2024-05-17 13:31:47,,true
1340,Ève Tanaka,ve.tanaka1340@EXAMPLE.ORG,alumni,US,free,402,2024-02-28,2024-06-12 20:26:07,2024-02-02 01:11:20,true
1341,Zoë Brown,zo.brown1341@EXAMPLE.ORG,student,US,free,261,2023-12-13,2024-04-27 23:13:26,2024-01-06 12:03:51,true
1342,Tom Müller,tom.mller1342@example.org,alumni,GB,free,249,2022-08-12,2022-08-16 15:58:18,2024-01-31 12:08:43,true
1343,Diego Kowalski,diego.kowalski1343@uni.edu,student,CA,free,55,2024-02-29,2024-04-08 10:04:52,,true
1344,Zoë Dubois,zo.dubois1344@example.com,staff,CA,free,559,2023-11-28,2024-06-30 00:09:03,,true
1345,Zoë Dubois,zo.dubois1345@EXAMPLE.ORG,employer,US,free,852,2022-11-11,2024-06-24 06:58:12,2024-06-14 19:23:05,true
1346,O'Brien Müller,o'brien.mller1346@example.com,alumni,US,pro,533,2024-04-25,2024-06-02 01:18:15,2024-02-23 06:31:33,true
1347,Mei Johansson,mei.johansson1347@example.com,staff,US,pro,682,2021-12-21,2024-06-13 07:34:42,2023-12-22 08:39:44,true
1348,Björn Kowalski,bjrn.kowalski1348@EXAMPLE.ORG,alumni,CA,free,803,2022-12-30,2023-02-06 04:48:57,,true
1349,Zoë Müller,zo.mller1349@uni.edu,student,DE,pro,558,2023-12-06,2024-05-21 19:31:47,,true
1350,Omar Singh,omar.singh1350@example.org,alumni,MX,free,64,2021-08-05,2024-04-28 12:26:47,2024-03-26 11:41:23,true
1351,Zoë Müller,zo.mller1351@mail.test,staff,US,pro,411,2022-05-16,2024-04-15 01:57:00,,true
1352,José Nguyen,jos.nguyen1352@mail.test,student,IN,pro,650,2021-04-10,,,false
1353,Chidi Okafor,chidi.okafor1353@example.org,student,JP,pro,442,2021-10-19,2024-05-03 04:45:09,2024-06-26 06:50:05,true
1354,Diego Dubois,diego.dubois1354@mail.test,student,BR,free,698,2024-04-02,2024-05-23 07:34:27,,true
1355,Ann-Marie Rossi,ann-marie.rossi1355@mail.test,alumni,US,pro,53,2022-06-23,2024-06-16 01:13:50,,true
1356,Mei Okafor,mei.okafor1356@uni.edu,alumni,DE,pro,539,2023-03-07,2024-06-07 02:57:41,2024-04-21 11:02:00,false
1357,Ève Müller,ve.mller1357@EXAMPLE.ORG,student,US,free,590,2023-01-16,2023-01-28 11:16:41,2024-06-13 19:52:50,true
1358,"Papadopoulos, Ravi",ravi.papadopoulos1358@example.org,admin,US,free,101,2022-01-23,2024-06-04 07:23:57,2024-04-14 21:15:44,true
1359,Fatima Tanaka,fatima.tanaka1359@uni.edu,student,JP,enterprise,355,2023-08-31,2024-06-11 12:20:20,2024-04-29 20:49:56,true
1360,李雷 García,u1360.garca1360@EXAMPLE.ORG,staff,IN,free,398,2023-07-14,2024-06-30 13:55:56,,true
1361,Ève Tanaka,ve.tanaka1361@example.com,employer,MX,pro,962,2023-12-27,2024-06-22 11:38:12,,true
1362,Ann-Marie Brown,ann-marie.brown1362@example.org,student,US,pro,593,2023-09-05,2024-04-24 15:03:19,,true
1363,李雷 Rossi,u1363.rossi1363@example.org,employer,FR,free,322,2021-09-30,2023-03-01 01:17:23,2024-06-10 21:09:20,true
1364,Hannah Nguyen,hannah.nguyen1364@mail.test,student,JP,free,701,2024-04-28,2024-05-08 10:22:39,2024-06-26 22:55:12,true
1365,Tom Rossi,tom.rossi1365@example.org,alumni,ES,free,462,2024-04-10,2024-04-23 15:37:57,2024-03-05 08:11:57,true
1366,Fatima O'Neil,fatima.o'neil1366@example.com,alumni,US,enterprise,837,2022-05-27,2022-12-02 05:08:26,2024-06-01 21:31:34,false
1367,Ann-Marie O'Neil,ann-marie.o'neil1367@mail.test,employer,US,free,559,2022-12-01,2024-05-26 20:19:05,2024-06-14 03:10:42,false
1368,Yuki Dubois,yuki.dubois1368@mail.test,alumni,DE,pro,429,2021-07-08,2024-04-14 10:48:46,,true
1369,José Kowalski,jos.kowalski1369@example.com,admin,IN,free,252,2023-04-26,2024-05-21 04:14:30,,true
1370,Ann O'Neil,ann.o'neil1370@example.org,alumni,DE,free,631,2023-01-18,2024-06-12 01:03:22,2024-01-25 04:57:45,true
1371,Zoë García,zo.garca1371@example.org,employer,DE,free,25,2023-02-18,2024-05-11 21:05:11,,true
1372,José García,jos.garca1372@mail.test,student,NG,free,893,2022-08-06,2024-06-02 05:03:09,,false
1373,O'Brien Kowalski,o'brien.kowalski1373@mail.test,student,US,free,719,2024-03-05,,2024-01-07 18:20:58,true
1374,Zoë Okafor,zo.okafor1374@example.com,student,IN,free,280,2024-05-08,2024-06-02 00:16:07,,false
1375,O'Brien Smith,o'brien.smith1375@uni.edu,student,DE,pro,769,2023-08-23,2024-06-13 01:03:14,2024-06-27 12:23:49,false
1376,Ann Dubois,ann.dubois1376@uni.edu,employer,FR,pro,209,2023-08-15,2024-05-27 09:03:05,,true
1377,Björn Tanaka,bjrn.tanaka1377@EXAMPLE.ORG,admin,US,free,668,2021-11-06,2022-06-07 12:32:23,2024-01-19 09:33:52,true
1378,Li Kowalski,li.kowalski1378@mail.test,student,AU,pro,,2024-04-07,2024-04-07 10:47:57,2024-01-11 00:59:37,true
1379,Anna Papadopoulos,anna.papadopoulos1379@EXAMPLE.ORG,student,GB,free,75,2023-07-29,2024-04-24 15:45:43,2024-01-28 22:26:43,true
1380,Sara Singh,sara.singh1380@example.org,student,US,free,684,2023-05-26,2024-04-15 21:13:18,2024-04-06 21:29:33,true
1381,Yuki Müller,yuki.mller1381@EXAMPLE.ORG,student,BR,free,708,2021-07-21,2024-05-05 09:46:10,2024-05-11 21:45:13,true
1382,Anna Kowalski,anna.kowalski1382@uni.edu,staff,IN,free,53,2023-09-21,2024-05-05 19:54:14,2024-03-25 02:14:02,true
1383,Joanna Müller,joanna.mller1383@example.org,employer,IN,free,908,2023-05-25,2024-04-22 12:23:17,2024-01-24 02:08:46,false
1384,Yuki Brown,yuki.brown1384@uni.edu,alumni,JP,free,525,2023-06-02,2024-05-20 04:13:28,2024-02-04 10:27:28,false
1385,Anna Papadopoulos,anna.papadopoulos1385@example.org,alumni,BR,free,721,2022-07-18,2024-05-08 16:47:09,2024-03-15 16:46:09,true
1386,Diego Papadopoulos,diego.papadopoulos1386@example.com,alumni,BR,free,778,2023-07-10,2024-06-14 13:32:44,2024-03-01 01:03:42,false
1387,李雷 Tanaka,u1387.tanaka1387@example.com,employer,DE,free,529,2024-04-18,2024-05-10 17:47:56,2024-04-11 12:11:50,false
1388,Mei Brown,mei.brown1388@uni.edu,student,ES,free,838,2024-02-13,2024-04-07 06:18:09,2024-03-08 20:35:44,false
1389,Sara Papadopoulos,sara.papadopoulos1389@uni.edu,student,IN,pro,587,2021-11-08,2024-05-30 11:14:59,2024-04-09 21:54:52,true
1390,Sara Johansson,sara.johansson1390@example.org,alumni,CA,free,700,2022-03-23,2022-10-03 07:47:31,,true
1391,Björn Okafor,bjrn.okafor1391@example.com,employer,DE,free,845,2023-10-03,2024-04-10 08:32:13,2024-03-18 14:09:03,true
1392,Joanna Rossi,joanna.rossi1392@EXAMPLE.ORG,student,NG,free,61,2024-04-10,2024-04-23 18:48:26,2024-03-02 05:05:14,true
1393,Joanna Rossi,joanna.rossi1393@example.com,student,IN,free,300,2022-11-16,2024-06-21 13:39:31,2024-01-28 06:03:24,true
1394,Li Rossi,li.rossi1394@mail.test,staff,GB,free,411,2022-04-13,2022-05-12 12:02:35,2024-06-25 03:31:19,true
1395,Jean-Luc Smith,jean-luc.smith1395@mail.test,alumni,FR,pro,317,2023-09-21,2023-10-06 19:55:00,2024-03-01 16:33:58,false
1396,O'Brien Müller,o'brien.mller1396@example.com,student,US,free,138,2021-10-29,2024-04-27 22:19:30,2024-01-04 00:55:43,false
1397,李雷 Okafor,u1397.okafor1397@example.org,student,FR,free,953,2022-05-26,2024-03-06 13:14:19,2024-05-31 07:42:25,true
1398,Yuki Papadopoulos,yuki.papadopoulos1398@mail.test,staff,GB,pro,342,2023-12-14,2024-03-27 19:30:23,2023-12-16 17:42:12,false
1399,Yuki Müller,yuki.mller1399@mail.test,student,ES,free,989,2023-04-11,2023-05-01 21:10:09,,true
1400,Anna Singh,anna.singh1400@EXAMPLE.ORG,student,US,free,879,2023-06-23,2024-05-30 01:30:15,,true
1401,Ève García,ve.garca1401@example.org,alumni,BR,pro,78,2023-12-25,2024-04-10 16:55:53,2024-04-18 06:24:09,true
1402,Ann Singh,ann.singh1402@EXAMPLE.ORG,student,US,free,128,2023-04-29,2024-06-21 16:43:08,,true
1403,Sara Müller,sara.mller1403@mail.test,student,ES,enterprise,750,2023-02-11,,2024-02-14 22:26:05,true
1404,O'Brien Okafor,o'brien.okafor1404@example.com,student,US,free,301,2022-06-06,2024-04-12 01:36:52,2024-04-20 22:30:27,false
1405,Anna Dubois,anna.dubois1405@EXAMPLE.ORG,student,US,free,891,2023-06-11,2024-05-22 13:36:26,2024-02-06 18:20:19,true
1406,Tom Tanaka,tom.tanaka1406@example.com,student,CA,free,470,2022-07-16,2023-12-03 17:07:08,2024-01-05 07:04:20,true
1407,Joanna Kowalski,joanna.kowalski1407@EXAMPLE.ORG,student,JP,free,863,2022-12-22,2024-05-29 04:49:41,,false
1408,Ravi García,ravi.garca1408@uni.edu,student,FR,free,840,2021-08-28,2024-06-09 16:03:56,2024-06-05 06:10:13,true
1409,Omar Okafor,omar.okafor1409@example.com,student,US,free,94,2022-07-30,2022-08-10 09:34:08,2024-05-28 14:34:38,false
1410,Jean-Luc García,jean-luc.garca1410@example.com,employer,DE,free,694,2022-03-16,2024-02-11 14:16:25,2023-12-14 14:20:36,true
1411,Mei Papadopoulos,mei.papadopoulos1411@EXAMPLE.ORG,student,JP,enterprise,541,2021-11-29,,2024-03-02 10:46:43,true
1412,Chidi Kowalski,chidi.kowalski1412@mail.test,staff,GB,free,583,2024-03-07,2024-06-22 02:39:54,2024-05-02 13:00:08,true
1413,Fatima Smith,fatima.smith1413@example.org,alumni,IN,pro,381,2022-02-15,2022-02-18 12:39:50,2024-03-20 18:03:51,true
1414,Ann-Marie Smith,ann-marie.smith1414@example.com,student,GB,pro,786,2023-07-26,2024-06-14 18:38:08,2024-05-11 13:05:08,true
1415,Chidi Smith,chidi.smith1415@uni.edu,student,DE,free,696,2022-04-02,2024-05-04 11:32:03,2024-03-08 03:40:30,true
1416,Björn Johansson,bjrn.johansson1416@example.org,student,AU,free,566,2023-08-02,2024-01-15 00:11:10,2024-01-31 19:47:00,true
1417,Anna Rossi,anna.rossi1417@mail.test,student,DE,free,126,2023-10-16,2023-12-23 15:24:38,,false
1418,李雷 Müller,u1418.mller1418@example.com,staff,US,pro,495,2024-05-21,2024-05-23 06:24:36,2024-06-24 13:53:12,true
1419,Ève García,ve.garca1419@example.com,student,US,pro,999,2022-06-22,2024-06-04 23:38:58,2024-01-29 09:20:31,true
1420,Yuki Okafor,yuki.okafor1420@example.org,student,IN,free,885,2022-11-09,2022-11-29 18:43:49,2024-01-17 15:45:25,true
1421,Ann Singh,ann.singh1421@example.org,student,US,free,922,2021-10-12,2024-02-06 14:38:49,,true
1422,Chidi Müller,chidi.mller1422@EXAMPLE.ORG,alumni,US,pro,894,2023-12-16,2024-06-30 01:41:40,2024-01-14 02:16:44,true
1423,O'Brien Nguyen,o'brien.nguyen1423@uni.edu,student,BR,pro,318,2022-02-11,2024-05-18 04:33:16,,true
1424,Ann-Marie Singh,ann-marie.singh1424@mail.test,staff,US,free,175,2021-07-18,2024-06-14 04:36:42,2024-03-15 21:57:15,true
1425,Sara Brown,sara.brown1425@EXAMPLE.ORG,student,JP,free,83,2022-08-10,2023-06-05 14:11:54,2024-04-10 06:32:56,true
1426,Jean-Luc Johansson,jean-luc.johansson1426@example.org,employer,DE,free,977,2021-04-05,2024-04-25 00:49:36,2024-06-05 09:19:25,true
1427,Ann Rossi,ann.rossi1427@EXAMPLE.ORG,alumni,US,enterprise,22,2021-05-16,2024-06-10 19:50:05,2024-04-27 20:04:40,true
1428,Chidi Okafor,chidi.okafor1428@mail.test,student,GB,pro,808,2022-04-24,2022-05-13 20:29:59,2024-04-19 05:53:59,true
1429,Yuki Brown,yuki.brown1429@example.org,student,DE,free,649,2022-01-20,2024-05-19 08:46:22,2024-05-25 13:50:51,true
1430,Ann-Marie Papadopoulos,ann-marie.papadopoulos1430@EXAMPLE.ORG,student,GB,free,593,2023-04-27,2024-06-16 20:42:22,2024-05-05 16:03:24,true
1431,李雷 Kowalski,u1431.kowalski1431@uni.edu,admin,GB,free,,2023-11-19,2024-04-02 09:51:36,2024-03-12 18:25:57,true
1432,Zoë Tanaka,zo.tanaka1432@EXAMPLE.ORG,alumni,IN,pro,927,2023-10-08,2024-06-02 17:03:27,,true
1433,Mei Johansson,mei.johansson1433@uni.edu,student,IN,free,77,2022-09-15,2024-05-18 15:55:51,2024-03-14 02:34:48,true
1434,李雷 Singh,u1434.singh1434@EXAMPLE.ORG,staff,JP,pro,505,2024-05-04,2024-05-24 08:41:13,2024-05-29 08:03:11,true
1435,Anna Singh,anna.singh1435@example.com,student,US,pro,439,2022-09-29,2023-02-04 11:07:33,2024-03-31 01:09:38,true
1436,Diego García,diego.garca1436@uni.edu,alumni,US,pro,364,2023-12-18,2024-06-11 23:38:11,2024-03-18 03:13:29,true
1437,Hannah O'Neil,hannah.o'neil1437@EXAMPLE.ORG,student,US,pro,315,2022-06-22,2022-07-08 00:21:14,,true
1438,Hannah O'Neil,hannah.o'neil1438@uni.edu,student,US,free,396,2021-10-08,2024-06-09 02:55:12,2024-02-26 10:53:14,true
1439,Yuki Smith,yuki.smith1439@uni.edu,employer,BR,free,32,2024-03-20,2024-04-03 17:19:40,2024-05-03 11:46:04,true
1440,Diego Johansson,diego.johansson1440@example.com,student,GB,free,195,2022-03-23,2023-11-29 07:22:19,,true
1441,Sara Kowalski,sara.kowalski1441@EXAMPLE.ORG,staff,US,free,250,2022-06-30,2024-06-15 16:18:00,2024-02-14 01:20:29,true
1442,Chidi Johansson,chidi.johansson1442@EXAMPLE.ORG,alumni,BR,free,450,2021-08-30,2022-07-08 02:26:37,2024-02-12 22:05:24,true
1443,José Singh,jos.singh1443@example.org,employer,US,free,162,2022-08-28,2022-09-10 21:37:08,2024-06-10 20:16:30,true
1444,Joanna Brown,joanna.brown1444@example.com,alumni,US,pro,45,2021-04-27,2024-04-21 04:19:44,,true
1445,Ann Singh,ann.singh1445@example.org,employer,US,free,764,2022-12-14,2022-12-15 13:53:09,2024-03-13 20:38:22,false
1446,Anna Papadopoulos,anna.papadopoulos1446@example.org,student,US,pro,767,2021-08-31,2024-06-07 19:21:02,2024-06-30 04:16:12,true
1447,Björn Johansson,bjrn.johansson1447@EXAMPLE.ORG,student,GB,free,177,2024-01-07,2024-06-20 23:19:57,,true
1448,Sara Tanaka,sara.tanaka1448@uni.edu,employer,IN,pro,63,2022-11-04,,2024-01-21 12:21:51,false
1449,Fatima Nguyen,fatima.nguyen1449@uni.edu,employer,FR,free,567,2022-01-30,2022-02-03 06:36:03,,true
1450,José O'Neil,jos.o'neil1450@mail.test,student,MX,free,132,2024-01-09,2024-05-30 17:09:13,2024-06-27 01:20:04,true
1451,Omar Okafor,omar.okafor1451@uni.edu,alumni,AU,free,98,2021-04-15,2024-05-07 22:18:08,,true
1452,Zoë García,zo.garca1452@EXAMPLE.ORG,student,NG,free,109,2024-03-29,2024-04-02 05:07:45,2024-03-08 21:11:35,true
1453,O'Brien Papadopoulos,o'brien.papadopoulos1453@uni.edu,alumni,US,pro,547,2022-11-02,2024-05-14 09:04:58,2024-03-23 23:36:27,true
1454,Jean-Luc O'Neil,jean-luc.o'neil1454@EXAMPLE.ORG,student,ES,free,803,2022-02-10,2022-02-15 23:56:37,2024-05-06 04:44:38,true
1455,"Müller, Ann",ann.mller1455@mail.test,admin,FR,pro,865,2023-10-08,2023-10-16 09:14:55,2024-02-12 02:16:05,true
1456,Sara Smith,sara.smith1456@mail.test,student,US,pro,364,2022-10-31,2022-11-23 20:30:55,,false
1457,Ann-Marie Singh,ann-marie.singh1457@example.org,staff,BR,free,232,2021-11-29,2023-08-13 02:54:09,2024-06-12 14:51:50,true
1458,Jean-Luc Papadopoulos,jean-luc.papadopoulos1458@uni.edu,student,US,free,388,2024-03-22,2024-04-06 22:02:02,,true
1459,Chidi Johansson,chidi.johansson1459@example.org,alumni,MX,free,991,2022-05-23,2022-06-16 23:32:26,,true
1460,李雷 Dubois,u1460.dubois1460@EXAMPLE.ORG,alumni,IN,pro,263,2024-04-25,2024-05-07 14:19:51,2024-06-03 03:37:46,true
1461,Mei Müller,mei.mller1461@example.com,student,FR,free,735,2022-05-10,2022-06-08 22:50:05,2024-06-22 09:42:09,true
1462,Ève Nguyen,ve.nguyen1462@mail.test,student,DE,free,650,2022-05-02,2024-06-10 16:05:33,2024-03-06 16:00:10,true
1463,Ann-Marie Tanaka,ann-marie.tanaka1463@EXAMPLE.ORG,student,DE,free,63,2022-09-02,2023-01-15 10:10:32,,true
1464,Tom Müller,tom.mller1464@example.org,staff,US,pro,266,2024-02-28,2024-06-24 17:45:11,2024-03-06 02:53:35,false
1465,Li García,li.garca1465@uni.edu,student,BR,pro,243,2023-12-06,,2024-05-27 04:43:09,true
1466,Li Papadopoulos,li.papadopoulos1466@example.org,student,CA,pro,852,2023-02-20,2024-04-22 06:47:07,2024-03-23 13:30:59,true
1467,Ravi Kowalski,ravi.kowalski1467@mail.test,employer,US,free,698,2023-08-16,2023-08-18 13:49:58,,true
1468,Ravi Tanaka,ravi.tanaka1468@uni.edu,student,US,free,275,2023-11-15,2024-03-09 10:58:22,2024-05-18 03:41:39,false
1469,Chidi García,chidi.garca1469@uni.edu,alumni,US,free,788,2021-05-20,2024-04-16 03:00:40,2024-04-04 22:52:11,false
1470,Yuki Kowalski,yuki.kowalski1470@example.org,alumni,BR,free,851,2024-03-30,2024-06-04 20:19:41,2024-04-11 04:00:21,true
1471,Björn Rossi,bjrn.rossi1471@uni.edu,student,ES,free,144,2023-03-16,2023-03-20 02:05:43,,true
1472,Ravi Müller,ravi.mller1472@mail.test,admin,GB,free,724,2022-07-02,2024-06-15 20:33:27,,true
1473,Ravi Papadopoulos,ravi.papadopoulos1473@example.org,alumni,ES,free,720,2023-01-24,2024-06-26 08:53:01,2024-02-06 06:38:24,true
1474,Ann Nguyen,ann.nguyen1474@example.org,alumni,ES,free,922,2023-08-12,2024-05-15 09:45:49,,true
1475,Jean-Luc Müller,jean-luc.mller1475@mail.test,staff,DE,free,574,2023-12-13,,2024-02-24 19:07:19,true
1476,Mei Nguyen,mei.nguyen1476@example.com,student,ES,pro,603,2024-05-18,2024-05-18 08:47:03,2024-04-25 19:38:21,true
1477,"Hannah ""Müller"" Jr",hannah.mller1477@mail.test,alumni,FR,pro,777,2022-03-31,2024-04-27 19:45:46,2024-02-18 04:26:30,true
1478,Zoë Johansson,zo.johansson1478@uni.edu,student,US,enterprise,382,2023-01-11,2024-06-10 09:01:07,2024-04-11 07:15:50,true
1479,Ann-Marie Tanaka,ann-marie.tanaka1479@uni.edu,student,IN,free,846,2023-04-23,2023-05-02 15:34:09,,true
1480,Ann-Marie Singh,ann-marie.singh1480@uni.edu,student,CA,free,291,2021-09-19,2024-05-14 09:07:16,2024-02-05 22:05:51,true
1481,Ann-Marie Brown,ann-marie.brown1481@EXAMPLE.ORG,student,FR,pro,423,2023-05-28,2024-04-27 13:25:13,,true
1482,Tom Dubois,tom.dubois1482@EXAMPLE.ORG,student,IN,pro,137,2023-01-31,2024-04-11 15:42:00,,false
1483,Jean-Luc Brown,jean-luc.brown1483@mail.test,student,JP,free,980,2022-03-26,2024-05-19 02:42:57,2024-02-05 08:17:18,true
1484,Ann-Marie Smith,ann-marie.smith1484@example.com,alumni,GB,free,,2022-02-02,2023-05-11 08:16:44,2024-01-25 08:27:53,false
1485,Jean-Luc Okafor,jean-luc.okafor1485@mail.test,admin,US,free,387,2021-12-05,2024-06-04 23:33:08,2024-04-03 10:37:51,true
1486,Omar Rossi,omar.rossi1486@uni.edu,student,US,free,226,2022-06-08,2024-05-20 07:05:45,2024-02-22 23:56:48,false
1487,Fatima Dubois,fatima.dubois1487@example.org,employer,GB,free,568,2024-03-01,2024-06-24 17:12:40,,false
1488,Anna Kowalski,anna.kowalski1488@uni.edu,alumni,US,free,176,2021-06-25,2024-04-10 05:45:25,2024-05-21 19:31:08,false
1489,Sara Kowalski,sara.kowalski1489@uni.edu,student,FR,free,72,2023-06-12,2024-05-19 02:15:28,2023-12-16 05:26:11,true
1490,Fatima Singh,fatima.singh1490@uni.edu,alumni,BR,free,482,2023-10-23,2024-05-28 08:22:21,2024-04-05 20:04:01,true
1491,Mei Dubois,mei.dubois1491@example.com,employer,US,free,778,2021-08-03,2024-06-14 04:41:52,,true
1492,Björn Dubois,bjrn.dubois1492@example.com,student,DE,free,279,2022-05-30,2024-05-19 05:02:24,,false
1493,Jean-Luc Tanaka,jean-luc.tanaka1493@EXAMPLE.ORG,alumni,US,free,865,2022-06-14,2022-07-13 20:51:53,2024-01-02 18:05:47,true
1494,Diego Tanaka,diego.tanaka1494@uni.edu,alumni,AU,free,668,2023-02-17,2024-06-16 16:25:24,2024-05-06 01:46:04,false
1495,José Dubois,jos.dubois1495@example.org,student,DE,free,359,2023-11-22,2024-06-24 03:56:53,2023-12-21 17:19:26,true
1496,Mei Müller,mei.mller1496@EXAMPLE.ORG,student,US,pro,819,2024-01-04,2024-06-29 10:19:24,2024-03-08 05:07:37,true
1497,李雷 Smith,u1497.smith1497@EXAMPLE.ORG,alumni,GB,free,96,2024-02-10,2024-05-17 00:52:11,2024-06-25 03:52:29,false
1498,Zoë Papadopoulos,zo.papadopoulos1498@example.com,alumni,DE,free,331,2024-04-05,2024-05-21 01:39:26,,true
1499,Zoë Dubois,zo.dubois1499@example.org,student,CA,free,294,2024-03-23,2024-06-11 23:03:48,,true
1500,Yuki Smith,yuki.smith1500@uni.edu,student,IN,free,961,2022-04-20,2024-05-17 17:26:54,,false
1501,Björn Dubois,bjrn.dubois1501@EXAMPLE.ORG,employer,CA,free,467,2024-03-22,2024-04-05 20:28:50,2023-12-19 05:27:34,true
1502,Hannah Singh,hannah.singh1502@example.com,alumni,US,free,379,2021-07-29,2023-08-17 07:23:16,2023-12-18 01:23:47,true
1503,Ève Brown,ve.brown1503@EXAMPLE.ORG,alumni,FR,free,179,2023-12-09,2024-06-23 07:36:31,,true
1504,Ann-Marie Kowalski,ann-marie.kowalski1504@mail.test,employer,US,free,32,2024-02-17,2024-06-02 14:18:54,,true
1505,李雷 O'Neil,u1505.o'neil1505@example.org,staff,DE,free,965,2023-02-16,2023-03-16 09:38:49,2024-01-17 06:13:53,true
1506,Ravi Rossi,ravi.rossi1506@EXAMPLE.ORG,student,FR,free,720,2021-09-17,2024-06-29 16:24:35,2024-06-05 09:37:56,true
1507,Zoë Kowalski,zo.kowalski1507@uni.edu,admin,US,free,170,2024-04-28,2024-06-22 04:58:27,2024-06-19 00:02:04,true
1508,Ann-Marie Müller,ann-marie.mller1508@example.org,student,FR,pro,13,2024-05-09,2024-06-08 06:27:30,2024-01-25 13:41:41,true
1509,Ann-Marie Singh,ann-marie.singh1509@EXAMPLE.ORG,employer,JP,free,909,2023-08-03,2024-05-28 10:08:35,,true
1510,Chidi Tanaka,chidi.tanaka1510@EXAMPLE.ORG,student,US,free,683,2023-04-26,2024-06-06 15:36:32,2024-03-19 16:11:32,true
1511,Diego Rossi,diego.rossi1511@uni.edu,employer,AU,pro,524,2024-01-02,2024-04-17 14:00:37,,true
1512,Anna O'Neil,anna.o'neil1512@mail.test,alumni,IN,free,798,2024-03-27,2024-05-03 23:30:39,2024-04-11 13:56:57,true
1513,Ann Smith,ann.smith1513@example.org,student,FR,pro,707,2024-01-16,2024-05-21 20:14:22,2024-02-08 15:39:50,true
1514,Jean-Luc Smith,jean-luc.smith1514@example.com,student,NG,free,46,2022-03-03,2024-04-29 00:00:33,2024-06-30 15:17:59,true
1515,Mei Müller,mei.mller1515@uni.edu,employer,IN,free,547,2022-03-17,2022-03-18 03:12:36,2024-03-24 08:22:31,true
1516,Jean-Luc Smith,jean-luc.smith1516@uni.edu,student,US,pro,792,2024-05-18,2024-06-23 23:48:56,2024-04-23 04:01:11,false
1517,Björn O'Neil,bjrn.o'neil1517@mail.test,staff,IN,free,453,2024-03-28,2024-04-24 22:03:19,2024-05-02 14:15:25,true
1518,Anna Kowalski,anna.kowalski1518@example.com,student,MX,pro,140,2022-04-27,2024-06-15 13:52:53,2024-06-23 13:08:55,true
1519,Yuki Kowalski,yuki.kowalski1519@mail.test,staff,US,free,627,2022-06-21,2024-04-30 06:02:18,2024-06-12 17:37:12,true
1520,Ève Okafor,ve.okafor1520@EXAMPLE.ORG,student,JP,free,437,2022-11-02,2024-06-22 13:16:55,,true
1521,Tom Rossi,tom.rossi1521@example.org,alumni,US,pro,334,2023-08-14,2024-05-23 23:42:26,,true
1522,李雷 Müller,u1522.mller1522@example.org,student,US,pro,794,2023-08-15,2024-06-17 06:48:47,2024-05-21 11:22:07,true
1523,Ann García,ann.garca1523@uni.edu,student,BR,pro,996,2021-08-10,2024-05-19 05:29:51,2024-03-22 07:24:48,true
1524,Ravi Papadopoulos,ravi.papadopoulos1524@example.org,alumni,ES,free,969,2022-02-21,2024-05-27 04:19:05,2024-01-20 22:47:42,false
1525,Ann-Marie Tanaka,ann-marie.tanaka1525@example.com,employer,CA,free,790,2024-04-28,2024-06-25 07:53:17,2024-02-05 22:19:52,true
1526,Sara Brown,sara.brown1526@example.com,alumni,US,free,391,2023-08-10,2024-06-08 16:17:20,2024-05-05 09:22:50,true
1527,Joanna Tanaka,joanna.tanaka1527@example.org,student,US,free,577,2022-02-01,2022-02-28 00:06:05,2024-05-15 17:41:25,true
1528,李雷 Singh,u1528.singh1528@example.com,student,US,free,225,2022-03-10,2024-05-11 18:36:30,2024-01-04 02:10:07,true
1529,Björn Smith,bjrn.smith1529@EXAMPLE.ORG,student,US,free,495,2021-08-26,2024-06-10 09:55:19,2024-04-04 23:46:23,true
1530,Joanna Papadopoulos,joanna.papadopoulos1530@mail.test,employer,US,free,466,2023-10-23,2024-04-23 12:56:04,2023-12-20 00:08:27,true
1531,Ann-Marie Dubois,ann-marie.dubois1531@uni.edu,admin,US,free,611,2022-09-08,2022-09-13 00:49:52,,true
1532,Ravi Rossi,ravi.rossi1532@example.com,student,DE,free,856,2021-11-08,2024-06-24 12:30:26,,true
1533,Omar Singh,omar.singh1533@EXAMPLE.ORG,student,JP,free,698,2022-08-16,2022-09-06 03:59:35,2024-02-19 12:56:54,true
1534,Omar Okafor,omar.okafor1534@EXAMPLE.ORG,alumni,IN,free,557,2023-05-02,,2024-05-09 19:06:18,false
1535,Chidi García,chidi.garca1535@example.org,student,FR,free,425,2022-02-16,2024-06-10 23:13:38,2024-02-09 04:24:43,true
1536,Ann-Marie Okafor,ann-marie.okafor1536@uni.edu,alumni,GB,free,966,2021-05-30,2023-08-21 21:28:18,,true
1537,Tom Smith,tom.smith1537@example.org,alumni,US,free,,2022-05-18,2022-05-26 08:40:05,,true
1538,Sara Papadopoulos,sara.papadopoulos1538@example.org,student,US,free,139,2022-01-05,2024-06-14 13:41:09,2024-03-09 12:04:11,true
1539,O'Brien García,o'brien.garca1539@uni.edu,employer,DE,free,152,2022-11-02,2024-06-04 17:15:15,2024-02-23 04:00:38,false
1540,Joanna Kowalski,joanna.kowalski1540@mail.test,alumni,MX,free,182,2024-05-11,2024-05-23 13:05:13,2024-05-29 15:09:36,true
1541,Mei Müller,mei.mller1541@example.org,student,GB,free,359,2023-07-04,2023-07-18 18:45:37,2024-03-12 18:10:39,true
1542,Chidi Nguyen,chidi.nguyen1542@example.org,student,GB,free,76,2022-05-30,2023-12-02 08:54:03,2024-02-05 23:14:02,true
1543,Omar Dubois,omar.dubois1543@EXAMPLE.ORG,student,DE,pro,184,2023-02-12,2024-06-11 02:57:11,2024-03-09 02:07:30,true
1544,Diego Kowalski,diego.kowalski1544@example.org,employer,DE,free,419,2022-03-01,2022-03-08 07:02:54,2024-05-02 04:46:50,true
1545,Fatima Dubois,fatima.dubois1545@EXAMPLE.ORG,student,GB,pro,781,2022-08-04,2024-05-04 18:31:58,,true
1546,Hannah Smith,hannah.smith1546@uni.edu,admin,US,free,826,2022-08-01,2023-12-01 14:09:55,2024-03-08 03:11:30,true
1547,Fatima Nguyen,fatima.nguyen1547@uni.edu,student,US,pro,870,2023-09-12,2024-04-03 17:28:12,2024-02-24 09:23:17,true
1548,Hannah Tanaka,hannah.tanaka1548@EXAMPLE.ORG,admin,US,free,61,2022-06-13,2024-05-03 19:32:50,2024-05-03 14:29:03,false
1549,Anna O'Neil,anna.o'neil1549@uni.edu,staff,US,free,810,2024-04-03,2024-06-06 18:44:03,2024-02-12 06:22:42,true
1550,Björn Tanaka,bjrn.tanaka1550@EXAMPLE.ORG,student,CA,pro,748,2023-09-29,2023-10-04 10:31:03,2024-04-27 20:10:55,true
1551,Li O'Neil,li.o'neil1551@uni.edu,student,FR,free,943,2024-03-07,2024-03-23 08:32:26,2023-12-14 14:33:00,false
1552,"Kowalski, José",jos.kowalski1552@mail.test,student,US,free,5,2021-09-20,2023-12-04 11:10:58,2023-12-29 05:44:12,true
1553,Björn Singh,bjrn.singh1553@mail.test,alumni,IN,free,731,2022-07-13,2022-07-17 20:50:28,2024-01-09 06:27:24,false
1554,Yuki García,yuki.garca1554@EXAMPLE.ORG,alumni,AU,free,449,2024-05-09,2024-06-06 03:30:41,2024-04-10 16:02:55,true
1555,Zoë Johansson,zo.johansson1555@EXAMPLE.ORG,employer,JP,free,76,2024-01-01,2024-06-27 04:51:53,2024-05-27 04:16:56,true
1556,Anna García,anna.garca1556@EXAMPLE.ORG,alumni,IN,free,337,2022-10-10,2022-10-18 19:33:19,2024-03-29 06:04:00,true
1557,李雷 Okafor,u1557.okafor1557@mail.test,student,ES,free,127,2021-02-09,2024-04-06 01:30:49,2024-02-10 17:40:35,false
1558,O'Brien García,o'brien.garca1558@uni.edu,student,FR,pro,729,2022-06-04,2024-04-09 04:42:05,2024-02-09 10:33:00,false
1559,Li Smith,li.smith1559@mail.test,alumni,DE,enterprise,764,2021-08-20,2023-06-09 11:50:01,2024-05-11 05:35:45,true
1560,Joanna Tanaka,joanna.tanaka1560@example.com,student,MX,free,34,2024-04-13,2024-04-18 18:24:24,2023-12-27 05:00:52,false
1561,Zoë Okafor,zo.okafor1561@mail.test,student,DE,free,597,2024-01-13,2024-04-27 11:05:49,2024-04-22 10:27:52,true
1562,Jean-Luc O'Neil,jean-luc.o'neil1562@example.org,alumni,US,free,50,2021-06-27,2024-04-21 02:11:27,2024-02-13 11:03:23,true
1563,O'Brien Rossi,o'brien.rossi1563@EXAMPLE.ORG,alumni,US,free,883,2022-02-12,2022-03-07 22:28:34,2023-12-26 18:53:12,true
1564,Li Okafor,li.okafor1564@uni.edu,staff,CA,free,68,2023-08-15,2024-05-23 06:18:58,2024-04-01 16:56:59,true
1565,Björn Nguyen,bjrn.nguyen1565@EXAMPLE.ORG,alumni,DE,pro,767,2021-09-09,2024-06-04 11:06:59,,false
1566,Fatima Johansson,fatima.johansson1566@uni.edu,alumni,US,free,145,2021-06-08,2024-05-22 08:01:24,2024-05-15 15:31:33,true
1567,José Kowalski,jos.kowalski1567@example.org,student,IN,enterprise,179,2023-12-26,2024-06-17 06:21:57,2024-03-26 06:21:20,false
1568,Chidi Nguyen,chidi.nguyen1568@example.org,student,FR,pro,27,2021-12-03,2024-06-08 14:10:56,2024-06-10 19:18:03,true
1569,Tom Nguyen,tom.nguyen1569@EXAMPLE.ORG,student,FR,pro,978,2023-12-27,2024-06-13 05:11:10,2024-02-21 05:01:59,true
1570,Ann Johansson,ann.johansson1570@EXAMPLE.ORG,admin,CA,free,472,2022-08-26,2022-09-10 10:27:47,2024-04-17 15:13:51,false
1571,Tom Johansson,tom.johansson1571@example.org,admin,FR,free,36,2022-03-25,2022-04-03 12:41:28,,true
1572,Joanna Dubois,joanna.dubois1572@mail.test,alumni,DE,free,554,2023-02-24,2024-05-19 02:46:18,2024-03-07 03:01:08,false
1573,Chidi Rossi,chidi.rossi1573@EXAMPLE.ORG,alumni,IN,free,14,2024-02-12,2024-03-06 23:27:21,,true
1574,Jean-Luc Brown,jean-luc.brown1574@example.com,alumni,US,free,250,2023-04-01,2024-06-01 13:27:44,2024-04-08 00:14:45,true
1575,José Müller,jos.mller1575@example.com,employer,IN,enterprise,503,2022-05-21,2024-06-19 02:40:03,2024-06-13 12:17:07,true
1576,Fatima Dubois,fatima.dubois1576@example.org,student,IN,free,417,2021-02-08,2023-02-06 07:28:00,2024-04-12 10:11:35,false
1577,Mei García,mei.garca1577@example.com,staff,DE,free,20,2023-03-12,2023-04-04 07:26:32,2024-02-20 15:49:17,false
1578,Ravi Papadopoulos,ravi.papadopoulos1578@uni.edu,alumni,DE,pro,595,2023-12-08,2024-06-27 01:14:25,2024-06-19 12:42:16,true
1579,Sara Singh,sara.singh1579@example.com,student,MX,free,503,2022-06-22,2024-05-31 10:23:15,2024-06-20 00:03:59,true
1580,Mei Okafor,mei.okafor1580@mail.test,student,CA,free,83,2022-03-27,2022-11-23 09:18:35,,false
1581,José García,jos.garca1581@mail.test,employer,GB,free,218,2023-10-18,2024-04-23 03:13:41,2024-05-25 22:44:29,false
1582,Omar Tanaka,omar.tanaka1582@mail.test,staff,US,pro,798,2021-02-02,2024-05-18 05:47:20,2024-06-27 18:12:33,true
1583,O'Brien Tanaka,o'brien.tanaka1583@uni.edu,student,US,free,671,2024-01-20,2024-05-31 13:46:01,2024-06-27 16:53:41,true
1584,Ève O'Neil,ve.o'neil1584@mail.test,student,US,free,70,2021-07-11,2024-05-25 16:38:20,2024-06-04 22:15:34,true
1585,Anna Tanaka,anna.tanaka1585@example.org,student,GB,pro,693,2022-06-03,2023-09-10 09:36:07,2024-06-06 06:31:24,true
1586,Omar O'Neil,omar.o'neil1586@EXAMPLE.ORG,alumni,GB,free,231,2022-04-02,2024-01-03 05:32:05,,true
1587,Mei Papadopoulos,mei.papadopoulos1587@example.com,student,IN,enterprise,695,2022-07-23,2024-04-12 10:10:00,2024-05-16 00:15:00,true
1588,Ravi Dubois,ravi.dubois1588@example.com,student,GB,free,880,2023-11-09,2023-11-21 19:32:37,2024-01-18 04:38:36,true
1589,Ève Smith,ve.smith1589@mail.test,employer,IN,free,611,2023-01-31,2024-05-20 05:04:20,2024-02-27 03:40:02,true
1590,Björn Rossi,bjrn.rossi1590@example.com,student,JP,enterprise,,2022-06-09,2024-06-14 19:52:27,2023-12-31 22:26:06,true
1591,Chidi Singh,chidi.singh1591@uni.edu,student,CA,free,977,2023-07-02,2023-10-23 19:04:57,2024-04-30 17:07:00,true
1592,Mei Papadopoulos,mei.papadopoulos1592@example.org,student,US,free,347,2022-10-17,2024-05-01 23:18:52,2024-05-16 15:11:51,true
1593,Ève Singh,ve.singh1593@uni.edu,alumni,AU,free,201,2022-07-27,2022-12-20 17:12:57,2024-03-04 14:35:56,false
1594,Jean-Luc Kowalski,jean-luc.kowalski1594@example.com,employer,US,pro,823,2024-03-22,2024-06-15 19:16:18,,true
1595,Fatima Rossi,fatima.rossi1595@EXAMPLE.ORG,employer,GB,free,678,2023-06-03,2024-06-17 04:29:44,,false
1596,Ève Papadopoulos,ve.papadopoulos1596@EXAMPLE.ORG,student,FR,enterprise,980,2022-08-18,2024-06-28 17:49:05,2024-05-29 04:12:58,true
1597,Diego Singh,diego.singh1597@EXAMPLE.ORG,student,BR,free,345,2022-05-28,2023-04-13 00:43:01,2024-03-10 00:22:09,true
1598,Mei Tanaka,mei.tanaka1598@EXAMPLE.ORG,alumni,IN,free,231,2022-05-15,2023-10-12 14:32:52,2024-05-22 14:34:56,false
1599,Ann-Marie Singh,ann-marie.singh1599@mail.test,student,US,free,351,2022-01-19,2022-04-22 02:03:27,2024-02-11 12:28:51,true
1600,Ravi Tanaka,ravi.tanaka1600@example.org,alumni,DE,pro,746,2022-04-19,2024-06-06 11:21:19,,true
1601,Hannah Kowalski,hannah.kowalski1601@mail.test,employer,AU,free,367,2022-06-30,2024-05-28 20:23:54,,true
1602,Zoë Papadopoulos,zo.papadopoulos1602@EXAMPLE.ORG,student,NG,free,932,2022-06-01,2022-06-01 05:48:13,2024-02-26 16:57:13,true
1603,Hannah Papadopoulos,hannah.papadopoulos1603@example.org,student,US,free,975,2024-02-13,2024-04-19 18:21:32,,true
1604,Hannah Okafor,hannah.okafor1604@example.com,student,US,free,79,2022-08-18,2022-08-22 00:54:19,2024-03-08 01:28:36,true
1605,Li Brown,li.brown1605@example.org,alumni,ES,free,487,2022-04-27,2024-06-12 07:41:49,2024-03-16 00:34:47,true
1606,Zoë Brown,zo.brown1606@EXAMPLE.ORG,admin,ES,free,842,2023-11-24,2024-04-27 17:39:05,,false
1607,Jean-Luc Nguyen,jean-luc.nguyen1607@example.org,employer,US,free,407,2021-12-06,2023-03-24 13:54:06,2024-02-02 21:59:14,true
1608,Li Nguyen,li.nguyen1608@example.org,student,GB,free,897,2022-05-04,2023-08-05 20:46:11,2024-05-15 01:56:54,false
1609,李雷 Papadopoulos,u1609.papadopoulos1609@uni.edu,alumni,BR,free,603,2022-02-03,2022-02-09 09:52:51,,true
1610,Mei Smith,mei.smith1610@uni.edu,student,US,free,155,2023-08-03,2024-05-19 17:58:20,2024-05-14 11:49:25,true
1611,李雷 Kowalski,u1611.kowalski1611@uni.edu,employer,ES,free,414,2021-10-04,2024-06-20 05:25:29,2024-02-17 06:39:07,true
1612,Omar Smith,omar.smith1612@uni.edu,admin,US,free,594,2023-10-20,2023-10-23 06:05:04,,true
1613,Zoë O'Neil,zo.o'neil1613@uni.edu,student,US,free,419,2022-10-27,2022-11-25 03:23:00,2024-03-06 06:54:18,true
1614,José Brown,jos.brown1614@example.com,student,ES,free,197,2021-04-27,2022-07-12 18:37:29,,true
1615,Omar Nguyen,omar.nguyen1615@uni.edu,alumni,FR,pro,7,2022-12-03,,2024-05-17 07:08:42,true
1616,Fatima Nguyen,fatima.nguyen1616@uni.edu,student,ES,free,128,2024-04-11,2024-04-21 23:49:04,,true
1617,Ève García,ve.garca1617@uni.edu,student,GB,enterprise,990,2024-05-20,2024-06-11 20:03:08,2024-06-01 17:41:42,false
1618,Sara Johansson,sara.johansson1618@uni.edu,alumni,GB,free,284,2023-10-05,,2024-02-29 15:51:29,true
1619,Hannah Tanaka,hannah.tanaka1619@uni.edu,student,FR,pro,940,2022-12-16,2023-01-04 17:59:25,2024-04-16 12:40:47,true
1620,O'Brien Rossi,o'brien.rossi1620@EXAMPLE.ORG,student,BR,free,976,2024-04-12,2024-04-25 22:12:00,,true
1621,Ravi Smith,ravi.smith1621@EXAMPLE.ORG,student,JP,free,659,2022-01-17,,,true
1622,Fatima Dubois,fatima.dubois1622@example.com,student,ES,free,598,2022-09-13,2023-08-08 05:40:24,2024-05-29 15:35:35,true
1623,Omar Rossi,omar.rossi1623@uni.edu,student,US,pro,143,2022-05-26,2024-05-27 15:55:15,2024-01-16 23:24:47,true
1624,O'Brien Singh,o'brien.singh1624@uni.edu,student,US,free,592,2021-04-28,2023-06-23 11:21:26,2024-04-25 07:49:43,true
1625,Fatima Singh,fatima.singh1625@uni.edu,student,GB,free,610,2023-03-22,2023-08-30 02:27:23,2024-03-19 23:46:49,false
1626,Ève Papadopoulos,ve.papadopoulos1626@uni.edu,student,ES,free,436,2022-07-11,2024-06-26 17:21:23,,false
1627,O'Brien Brown,o'brien.brown1627@mail.test,alumni,BR,free,959,2024-02-09,2024-03-30 14:42:06,2024-03-07 01:34:14,true
1628,Diego Johansson,diego.johansson1628@EXAMPLE.ORG,student,US,free,915,2024-06-19,2024-06-21 23:24:55,2024-06-06 10:38:46,true
1629,Hannah Johansson,hannah.johansson1629@example.com,student,FR,free,528,2024-05-13,2024-06-26 09:03:50,,true
1630,Omar Rossi,omar.rossi1630@uni.edu,staff,AU,free,772,2023-05-13,2024-05-19 18:47:44,2024-03-12 19:39:03,true
1631,Ravi Brown,ravi.brown1631@example.com,employer,FR,free,671,2023-09-22,2024-05-24 18:34:38,2024-04-30 14:22:38,true
1632,Ravi Singh,ravi.singh1632@uni.edu,student,DE,free,874,2021-11-23,2024-05-25 10:53:21,2024-05-12 23:21:39,true
1633,Yuki Tanaka,yuki.tanaka1633@uni.edu,student,US,free,16,2022-06-09,2024-05-17 12:00:08,2024-04-07 03:19:26,true
1634,Diego Müller,diego.mller1634@uni.edu,staff,JP,free,181,2024-04-20,2024-05-17 14:46:08,,true
1635,Jean-Luc Okafor,jean-luc.okafor1635@example.org,alumni,CA,enterprise,287,2023-10-26,2024-06-29 00:14:28,2024-05-20 12:53:37,true
1636,Anna Müller,anna.mller1636@mail.test,student,US,pro,760,2024-01-21,2024-01-21 17:09:54,,true
1637,Yuki Tanaka,yuki.tanaka1637@mail.test,alumni,IN,free,188,2023-07-09,2023-08-04 14:01:09,2024-05-02 03:51:22,true
1638,O'Brien Papadopoulos,o'brien.papadopoulos1638@uni.edu,student,GB,pro,915,2021-03-23,2024-04-08 14:18:13,2024-03-12 18:16:48,true
1639,Ravi Johansson,ravi.johansson1639@example.com,employer,JP,free,265,2022-12-02,2024-06-10 05:38:09,2024-03-11 17:06:20,true
1640,Ann O'Neil,ann.o'neil1640@example.org,student,GB,enterprise,883,2023-06-25,2023-07-07 22:06:15,,true
1641,Anna Singh,anna.singh1641@example.org,student,IN,pro,987,2023-09-15,2024-06-07 03:55:48,2024-02-06 03:39:52,false
1642,Tom Papadopoulos,tom.papadopoulos1642@example.org,employer,MX,free,538,2024-05-08,2024-05-17 21:02:40,,true
1643,Yuki Okafor,yuki.okafor1643@uni.edu,student,IN,enterprise,,2022-12-02,2022-12-07 08:18:54,2024-03-16 09:34:25,true
1644,Ravi Okafor,ravi.okafor1644@uni.edu,alumni,US,pro,389,2024-01-01,2024-06-22 20:00:24,,true
1645,Ravi Tanaka,ravi.tanaka1645@example.org,student,IN,free,456,2022-09-10,2024-05-16 15:57:49,2024-06-10 20:06:33,true
1646,O'Brien Brown,o'brien.brown1646@uni.edu,student,DE,free,133,2022-08-21,,2024-02-02 06:41:06,true
1647,Yuki Papadopoulos,yuki.papadopoulos1647@example.com,alumni,US,pro,86,2022-07-23,2024-05-10 09:37:19,2024-05-21 22:53:23,false
1648,Li García,li.garca1648@example.com,student,IN,free,631,2022-11-04,2024-05-23 05:45:43,2023-12-21 15:40:00,true
1649,"Papadopoulos, Fatima",fatima.papadopoulos1649@example.com,student,US,free,654,2022-01-26,2024-03-01 12:37:33,,true
1650,Jean-Luc Müller,jean-luc.mller1650@uni.edu,student,GB,free,159,2021-10-22,2024-04-04 20:29:24,,true
1651,Mei O'Neil,mei.o'neil1651@example.com,student,BR,free,86,2024-06-02,2024-06-04 18:32:43,2024-01-31 23:11:33,true
1652,Ève Tanaka,ve.tanaka1652@example.com,employer,BR,pro,53,2023-09-14,2024-04-09 15:55:20,2023-12-25 17:21:13,true
1653,Diego Johansson,diego.johansson1653@uni.edu,student,CA,free,880,2022-06-05,2022-06-21 21:31:28,,true
1654,Diego Dubois,diego.dubois1654@EXAMPLE.ORG,student,GB,free,727,2023-02-23,2024-06-06 11:16:32,2024-04-23 12:21:17,true
1655,Yuki Nguyen,yuki.nguyen1655@EXAMPLE.ORG,alumni,NG,free,426,2021-11-20,2024-06-05 00:45:43,2024-05-02 11:27:40,true
1656,Joanna Okafor,joanna.okafor1656@example.com,student,US,free,222,2024-04-13,2024-05-29 19:04:38,,true
1657,Sara Johansson,sara.johansson1657@EXAMPLE.ORG,student,CA,free,960,2022-03-14,2022-03-16 04:57:23,,false
1658,Joanna O'Neil,joanna.o'neil1658@uni.edu,student,BR,free,623,2022-09-06,2024-06-10 21:16:38,2024-05-17 11:01:13,false
1659,Zoë Nguyen,zo.nguyen1659@EXAMPLE.ORG,staff,DE,enterprise,840,2024-05-14,2024-06-08 10:12:18,2024-06-05 10:45:27,true
1660,Hannah Smith,hannah.smith1660@uni.edu,student,IN,free,380,2023-02-11,2023-03-11 18:14:17,,true
1661,Joanna Müller,joanna.mller1661@mail.test,student,AU,pro,472,2022-11-19,2024-05-08 02:45:18,2024-05-20 02:07:35,true
1662,Jean-Luc Johansson,jean-luc.johansson1662@mail.test,alumni,ES,free,356,2024-01-25,2024-02-04 14:39:13,2024-06-27 02:44:15,true
1663,Anna Dubois,anna.dubois1663@EXAMPLE.ORG,student,US,free,961,2022-08-15,2024-06-25 05:25:56,2024-04-01 06:44:55,true
1664,Björn García,bjrn.garca1664@EXAMPLE.ORG,alumni,GB,free,282,2021-10-23,2023-11-14 18:10:37,2024-06-28 19:45:37,true
1665,Joanna Nguyen,joanna.nguyen1665@example.org,student,GB,free,748,2023-02-24,2024-06-06 19:04:23,2024-04-21 20:13:38,true
1666,Fatima Brown,fatima.brown1666@EXAMPLE.ORG,alumni,AU,free,240,2023-08-18,2024-04-09 13:03:46,2024-06-29 06:34:59,true
1667,Ève Smith,ve.smith1667@uni.edu,alumni,MX,pro,779,2022-11-24,2022-12-14 20:59:04,,true
1668,Mei Brown,mei.brown1668@uni.edu,admin,GB,pro,753,2024-01-18,2024-06-09 05:50:25,2024-05-01 04:42:23,true
1669,O'Brien Okafor,o'brien.okafor1669@EXAMPLE.ORG,student,ES,free,731,2023-04-08,2024-04-07 12:11:19,2024-03-31 05:56:08,true
1670,Tom Papadopoulos,tom.papadopoulos1670@EXAMPLE.ORG,student,US,free,104,2023-01-24,2024-06-01 12:56:39,2024-06-20 04:03:30,true
1671,Ann Okafor,ann.okafor1671@uni.edu,alumni,CA,free,128,2023-12-20,2024-05-22 16:02:14,2024-02-16 16:25:15,true
1672,Hannah Kowalski,hannah.kowalski1672@example.com,student,MX,enterprise,916,2021-09-02,2024-05-27 01:21:56,,true
1673,Joanna O'Neil,joanna.o'neil1673@uni.edu,student,US,pro,542,2023-05-30,2023-06-01 04:48:43,2024-01-03 17:39:11,false
1674,Björn Okafor,bjrn.okafor1674@EXAMPLE.ORG,alumni,IN,pro,34,2022-10-30,2024-04-04 16:49:22,2024-02-01 07:30:30,true
1675,Ravi Rossi,ravi.rossi1675@EXAMPLE.ORG,employer,DE,pro,372,2023-03-08,2024-06-06 11:16:02,2024-06-10 12:07:16,true
1676,Ann-Marie Papadopoulos,ann-marie.papadopoulos1676@mail.test,alumni,IN,free,87,2023-11-12,2024-06-08 09:17:03,,false
1677,Chidi Dubois,chidi.dubois1677@EXAMPLE.ORG,student,ES,free,800,2022-07-23,2024-06-12 23:58:52,,true
1678,李雷 Nguyen,u1678.nguyen1678@mail.test,admin,US,pro,656,2023-07-12,2024-06-06 00:28:45,2024-02-18 16:12:27,true
1679,Li Singh,li.singh1679@mail.test,student,US,free,255,2022-08-29,2022-09-17 22:13:27,2024-04-10 00:34:14,true
1680,Mei Dubois,mei.dubois1680@uni.edu,admin,FR,free,97,2024-06-09,2024-06-28 05:58:45,2024-04-22 05:41:42,false
1681,Yuki Dubois,yuki.dubois1681@uni.edu,student,GB,free,609,2023-07-10,2023-07-13 17:02:04,2024-02-06 20:43:08,true
1682,Ravi Nguyen,ravi.nguyen1682@example.org,student,US,free,313,2021-05-07,2024-05-08 17:18:36,2024-03-04 04:45:18,false
1683,Tom Johansson,tom.johansson1683@mail.test,employer,IN,free,639,2023-02-14,2023-06-04 09:53:33,,true
1684,Joanna Smith,joanna.smith1684@example.org,alumni,IN,pro,191,2021-12-24,2024-06-21 00:36:00,,true
1685,Li Kowalski,li.kowalski1685@uni.edu,alumni,US,free,12,2022-01-18,2022-01-31 23:43:42,2024-03-19 15:56:50,true
1686,Omar Rossi,omar.rossi1686@uni.edu,student,US,pro,814,2022-09-01,2022-09-25 07:56:44,2024-06-25 19:40:06,true
1687,Björn Brown,bjrn.brown1687@example.org,admin,BR,free,792,2021-12-01,2024-04-09 02:31:37,2024-06-04 15:51:01,true
1688,"Ann ""Papadopoulos"" Jr",ann.papadopoulos1688@uni.edu,student,GB,free,733,2022-12-12,2023-07-24 03:44:10,2024-04-25 02:36:35,true
1689,李雷 Papadopoulos,u1689.papadopoulos1689@uni.edu,student,ES,free,987,2021-12-13,2024-06-18 21:57:08,,true
1690,Yuki Kowalski,yuki.kowalski1690@mail.test,student,FR,pro,347,2022-09-08,2024-06-08 07:51:16,2024-02-08 00:54:52,true
1691,Sara Rossi,sara.rossi1691@example.org,admin,GB,free,321,2023-08-18,2024-04-15 19:05:34,2024-05-05 05:24:17,true
1692,José Singh,jos.singh1692@mail.test,alumni,NG,enterprise,340,2023-03-03,2024-06-01 10:01:09,2024-04-15 11:31:16,true
1693,Yuki Müller,yuki.mller1693@EXAMPLE.ORG,student,GB,pro,417,2024-04-28,2024-05-06 23:54:20,2024-01-08 15:51:09,true
1694,Ann-Marie Tanaka,ann-marie.tanaka1694@EXAMPLE.ORG,student,ES,free,116,2024-05-26,2024-06-01 07:32:09,,true
1695,Ann Kowalski,ann.kowalski1695@example.com,alumni,BR,free,685,2023-03-16,2024-04-07 00:48:48,2024-03-10 11:15:01,true
1696,José Kowalski,jos.kowalski1696@EXAMPLE.ORG,student,US,free,,2021-06-30,2024-04-13 06:26:18,2024-01-23 15:08:02,true
1697,Zoë Nguyen,zo.nguyen1697@uni.edu,student,US,free,721,2024-03-29,2024-05-15 15:36:28,2024-05-27 16:03:30,true
1698,Anna Müller,anna.mller1698@example.org,alumni,US,pro,394,2022-12-01,2024-04-03 19:29:09,2024-01-22 23:11:15,true
1699,Ann-Marie Papadopoulos,ann-marie.papadopoulos1699@EXAMPLE.ORG,staff,IN,free,564,2023-05-26,2023-06-04 21:40:32,2024-01-10 09:04:44,true
1700,Hannah O'Neil,hannah.o'neil1700@example.org,student,AU,free,705,2024-05-23,2024-06-16 02:14:53,2024-04-11 23:17:05,true
1701,Yuki O'Neil,yuki.o'neil1701@mail.test,employer,IN,free,954,2024-01-13,2024-05-27 17:56:53,2024-02-11 11:55:56,true
1702,李雷 Smith,u1702.smith1702@uni.edu,alumni,US,pro,619,2023-11-21,2024-06-06 10:35:03,2023-12-16 10:36:21,true
1703,Zoë Singh,zo.singh1703@EXAMPLE.ORG,student,IN,free,203,2021-07-09,2023-11-12 08:14:53,2024-03-01 16:24:48,true
1704,Mei Singh,mei.singh1704@example.com,employer,GB,free,171,2022-06-14,2022-06-16 03:54:59,2024-04-01 20:37:30,true
1705,Ravi Dubois,ravi.dubois1705@uni.edu,student,FR,free,373,2022-02-20,2024-06-26 06:52:05,2024-01-31 04:19:05,false
1706,Ève Singh,ve.singh1706@example.com,student,US,pro,546,2023-11-22,2024-06-29 01:00:15,2024-04-15 12:55:04,true
1707,Mei García,mei.garca1707@mail.test,alumni,US,free,48,2023-03-22,2024-06-18 06:37:46,2024-06-23 11:37:23,true
1708,O'Brien Singh,o'brien.singh1708@example.org,admin,BR,free,704,2021-10-23,2022-05-10 21:00:20,2024-03-25 06:16:37,true
1709,Diego Johansson,diego.johansson1709@mail.test,student,BR,pro,921,2024-01-17,2024-01-20 18:47:15,2024-02-02 08:18:28,true
1710,Zoë Singh,zo.singh1710@uni.edu,employer,BR,free,40,2022-07-07,2024-05-08 03:37:04,2024-03-25 06:51:10,false
1711,Ravi Dubois,ravi.dubois1711@mail.test,employer,DE,free,280,2024-05-26,2024-05-30 23:41:11,2024-04-20 17:11:12,true
1712,李雷 Dubois,u1712.dubois1712@EXAMPLE.ORG,student,US,free,233,2022-05-15,2022-05-20 21:33:42,2024-05-31 18:38:35,true
1713,O'Brien García,o'brien.garca1713@EXAMPLE.ORG,staff,AU,free,479,2024-01-25,2024-04-27 10:00:31,,true
1714,Zoë Brown,zo.brown1714@mail.test,employer,US,free,156,2022-05-17,,2024-01-05 13:49:53,false
1715,Diego Smith,diego.smith1715@EXAMPLE.ORG,student,ES,free,868,2023-04-26,2024-05-03 21:43:24,,true
1716,Yuki Johansson,yuki.johansson1716@example.com,alumni,GB,free,532,2024-05-14,2024-06-11 16:33:06,,true
1717,Jean-Luc Dubois,jean-luc.dubois1717@mail.test,admin,CA,free,318,2024-05-28,2024-06-27 20:46:30,2024-05-12 15:47:47,true
1718,O'Brien Nguyen,o'brien.nguyen1718@mail.test,student,CA,pro,104,2022-07-08,2024-04-24 07:31:18,2024-02-17 05:00:49,true
1719,Hannah Singh,hannah.singh1719@example.com,alumni,AU,pro,260,2022-01-25,2022-01-29 15:17:20,2024-06-05 14:38:57,false
1720,Omar Brown,omar.brown1720@example.com,student,US,free,2,2023-01-12,2023-02-05 23:41:32,2024-06-26 01:28:46,true
1721,José García,jos.garca1721@example.com,alumni,US,free,693,2022-08-22,2024-05-29 21:07:41,2024-05-04 07:54:54,true
1722,Ravi Rossi,ravi.rossi1722@EXAMPLE.ORG,alumni,GB,enterprise,305,2022-03-21,2024-05-30 21:24:28,2024-06-10 19:30:09,true
1723,Li Nguyen,li.nguyen1723@EXAMPLE.ORG,alumni,US,enterprise,471,2021-11-27,2024-04-12 08:07:51,2024-01-07 07:03:12,false
1724,Diego Nguyen,diego.nguyen1724@uni.edu,admin,GB,free,281,2022-08-24,2024-06-19 04:21:33,2024-06-23 13:34:04,true
1725,李雷 Okafor,u1725.okafor1725@uni.edu,staff,GB,free,497,2024-04-20,,2024-06-23 03:13:45,true
1726,Omar Müller,omar.mller1726@uni.edu,student,IN,pro,148,2023-03-20,2024-04-25 23:59:33,2024-03-30 20:24:12,false
1727,Chidi Müller,chidi.mller1727@example.org,student,DE,free,750,2021-10-23,2024-06-07 11:55:25,2024-02-01 15:23:16,false
1728,Anna Tanaka,anna.tanaka1728@example.com,student,US,free,707,2021-09-05,2024-06-04 19:17:01,2024-01-18 05:31:58,true
1729,O'Brien Singh,o'brien.singh1729@EXAMPLE.ORG,student,IN,pro,216,2023-08-22,2024-06-03 00:47:04,2024-04-19 07:05:14,true
1730,Ève Singh,ve.singh1730@example.org,alumni,CA,free,177,2023-09-16,2024-05-24 07:33:07,2024-05-21 00:51:40,true
1731,Omar Okafor,omar.okafor1731@mail.test,student,ES,free,868,2022-04-07,2022-05-06 13:41:17,2024-03-04 17:16:43,true
1732,Tom Nguyen,tom.nguyen1732@mail.test,student,IN,pro,653,2023-05-15,2024-06-19 05:58:32,2024-01-13 04:31:52,false
1733,Yuki Okafor,yuki.okafor1733@example.com,student,AU,free,151,2021-07-26,2024-04-24 03:41:46,2024-05-23 12:21:30,true
1734,Omar Müller,omar.mller1734@mail.test,alumni,FR,free,844,2023-09-15,2024-05-02 19:39:20,,true
1735,Zoë García,zo.garca1735@EXAMPLE.ORG,alumni,AU,pro,767,2022-12-01,2024-05-31 07:54:51,2024-02-10 01:19:44,false
1736,Jean-Luc Smith,jean-luc.smith1736@example.com,admin,JP,enterprise,114,2023-04-04,2023-06-09 21:29:15,2024-02-25 06:38:30,true
1737,Li O'Neil,li.o'neil1737@example.org,employer,US,pro,129,2024-01-15,2024-06-08 11:46:06,2024-01-09 05:31:03,true
1738,Mei Kowalski,mei.kowalski1738@uni.edu,admin,US,enterprise,805,2024-04-30,2024-06-24 01:36:14,,true
1739,Yuki García,yuki.garca1739@mail.test,employer,JP,free,126,2021-09-08,2022-08-29 05:17:01,2024-02-28 03:37:56,false
1740,Ravi Rossi,ravi.rossi1740@example.org,student,GB,pro,833,2023-09-02,2024-05-31 03:47:45,2024-04-11 02:50:11,true
1741,José Nguyen,jos.nguyen1741@example.com,student,NG,free,759,2023-10-13,2023-10-18 12:21:38,2024-01-29 17:44:22,false
1742,Chidi Brown,chidi.brown1742@uni.edu,student,CA,free,80,2022-06-17,2024-06-23 19:11:05,,true
1743,Tom Tanaka,tom.tanaka1743@example.org,alumni,IN,free,172,2022-09-10,2024-06-05 05:05:27,2024-05-26 05:59:21,false
1744,Ève Tanaka,ve.tanaka1744@uni.edu,staff,US,free,51,2023-11-10,2024-06-17 16:44:01,2024-04-16 03:52:35,true
1745,O'Brien Rossi,o'brien.rossi1745@mail.test,alumni,US,free,985,2023-02-26,2024-04-19 16:08:01,2024-01-08 23:11:36,false
1746,"Smith, Sara",sara.smith1746@uni.edu,student,NG,free,473,2023-10-15,2024-04-25 20:15:06,2024-05-08 01:53:15,false
1747,Hannah Dubois,hannah.dubois1747@EXAMPLE.ORG,student,FR,pro,927,2021-07-28,2024-04-30 11:46:39,,true
1748,Tom Nguyen,tom.nguyen1748@EXAMPLE.ORG,employer,US,free,9,2023-12-29,2024-05-23 06:51:08,2023-12-18 19:09:49,true
1749,Ève Kowalski,ve.kowalski1749@example.org,student,CA,free,,2021-06-04,2024-04-22 23:54:59,2024-01-18 10:12:35,true
1750,Yuki Johansson,yuki.johansson1750@uni.edu,student,US,free,839,2022-03-12,2024-04-02 08:53:52,2024-06-20 05:00:36,false
1751,李雷 Müller,u1751.mller1751@mail.test,alumni,US,free,574,2021-10-13,2024-04-02 21:34:02,2024-05-14 08:52:34,true
1752,Jean-Luc O'Neil,jean-luc.o'neil1752@example.org,student,US,free,596,2023-11-30,2024-05-24 19:42:13,2024-02-08 09:24:46,false
1753,Fatima Smith,fatima.smith1753@mail.test,employer,US,free,653,2023-11-28,2024-05-20 12:41:40,2024-04-22 01:32:31,true
1754,Omar Johansson,omar.johansson1754@example.org,admin,US,free,181,2024-04-11,2024-04-30 23:02:35,,true
1755,José Rossi,jos.rossi1755@mail.test,student,US,pro,15,2023-08-26,2024-06-03 19:08:03,2024-02-21 03:01:10,true
1756,Hannah García,hannah.garca1756@example.com,student,FR,pro,414,2022-03-25,2022-12-23 13:45:06,2024-03-05 18:21:23,true
1757,Joanna Singh,joanna.singh1757@example.com,alumni,GB,free,804,2022-02-01,2022-02-26 08:01:26,2024-02-04 22:39:18,true
1758,Hannah O'Neil,hannah.o'neil1758@example.com,alumni,BR,free,635,2022-02-11,2024-05-22 09:13:40,2023-12-26 19:12:49,true
1759,Fatima Kowalski,fatima.kowalski1759@mail.test,alumni,DE,free,858,2021-04-24,2024-06-04 15:58:45,2024-04-23 10:58:33,true
1760,李雷 García,u1760.garca1760@example.org,student,AU,pro,514,2023-10-05,2024-04-25 16:24:54,2024-04-25 08:27:15,false
1761,Björn O'Neil,bjrn.o'neil1761@EXAMPLE.ORG,student,US,free,338,2023-01-09,2024-06-29 06:28:44,2024-06-29 18:19:50,true
1762,Li Nguyen,li.nguyen1762@example.com,alumni,JP,free,140,2021-03-23,2024-06-08 08:34:42,2024-05-11 09:42:36,true
1763,Diego García,diego.garca1763@uni.edu,student,JP,free,162,2023-05-02,2024-06-30 15:39:09,,false
1764,Omar Kowalski,omar.kowalski1764@uni.edu,alumni,CA,free,87,2021-11-13,2024-01-17 12:38:42,2024-02-05 18:46:21,true
1765,Anna Kowalski,anna.kowalski1765@example.com,student,US,pro,291,2022-03-09,2024-06-30 19:29:16,2024-03-24 05:38:16,true
1766,Omar Brown,omar.brown1766@example.com,employer,DE,free,202,2022-07-24,2024-06-28 08:24:21,2024-02-26 15:06:20,true
1767,José Nguyen,jos.nguyen1767@mail.test,student,US,pro,230,2024-03-26,2024-06-22 07:38:35,2024-05-05 05:46:56,true
1768,Tom Singh,tom.singh1768@EXAMPLE.ORG,employer,GB,free,296,2023-09-26,2024-05-20 01:11:19,2024-03-29 03:02:22,true
1769,Li Rossi,li.rossi1769@example.org,student,US,free,989,2022-11-14,2024-05-31 13:11:26,,true
1770,Diego Johansson,diego.johansson1770@uni.edu,student,NG,free,394,2022-05-22,2022-06-09 02:34:28,2024-01-13 18:26:09,true
1771,Ann García,ann.garca1771@uni.edu,alumni,AU,free,869,2023-03-24,2024-06-25 19:50:17,2024-06-15 13:04:20,true
1772,Tom Dubois,tom.dubois1772@mail.test,student,US,free,866,2023-07-29,2023-12-21 04:40:45,2024-03-30 15:15:57,false
1773,Chidi Kowalski,chidi.kowalski1773@EXAMPLE.ORG,alumni,ES,free,618,2023-04-21,2023-04-23 08:32:10,2024-02-07 21:37:17,true
1774,Yuki Johansson,yuki.johansson1774@mail.test,alumni,NG,free,721,2024-01-01,2024-01-23 19:32:07,2024-03-10 16:03:52,true
1775,Joanna Okafor,joanna.okafor1775@EXAMPLE.ORG,staff,ES,pro,35,2022-01-13,2022-04-25 13:18:44,2024-06-07 10:15:26,true
1776,Jean-Luc Papadopoulos,jean-luc.papadopoulos1776@mail.test,student,GB,free,270,2022-12-30,2024-06-24 09:18:04,2024-04-08 08:02:03,true
1777,Chidi O'Neil,chidi.o'neil1777@mail.test,alumni,AU,free,764,2022-12-01,2024-06-24 15:34:25,,true
1778,李雷 Okafor,u1778.okafor1778@EXAMPLE.ORG,student,ES,free,48,2024-02-11,2024-03-18 05:12:49,2024-04-07 06:47:54,true
1779,Ève Nguyen,ve.nguyen1779@example.org,student,DE,free,518,2024-01-05,2024-04-16 02:14:54,2023-12-20 20:54:22,false
1780,Björn Dubois,bjrn.dubois1780@example.com,alumni,FR,free,520,2023-08-09,2024-04-30 13:04:08,2024-03-02 05:07:40,true
1781,Fatima Tanaka,fatima.tanaka1781@mail.test,student,IN,free,778,2022-02-07,2024-06-23 11:44:17,2024-02-20 18:52:43,false
1782,Jean-Luc Kowalski,jean-luc.kowalski1782@example.org,student,US,free,341,2024-01-23,2024-04-13 18:34:08,2024-03-04 18:32:43,false
1783,Björn Smith,bjrn.smith1783@uni.edu,employer,IN,free,911,2023-06-30,2024-05-05 01:42:45,2024-01-12 22:02:58,false
1784,Björn Johansson,bjrn.johansson1784@EXAMPLE.ORG,employer,IN,free,67,2022-01-21,2024-06-10 16:01:02,2023-12-18 00:48:42,true
1785,Zoë Smith,zo.smith1785@EXAMPLE.ORG,student,FR,free,826,2024-03-10,2024-05-27 21:56:38,2024-05-19 01:13:35,true
1786,Anna Nguyen,anna.nguyen1786@mail.test,student,US,pro,2,2024-04-27,2024-05-03 09:19:04,2024-04-30 06:48:39,true
1787,O'Brien Kowalski,o'brien.kowalski1787@mail.test,student,FR,pro,516,2024-03-28,2024-05-09 16:10:35,2024-01-11 03:40:14,true
1788,Ève Singh,ve.singh1788@example.org,student,FR,pro,502,2022-08-17,2024-04-17 23:12:23,2024-06-18 03:18:37,true
1789,Tom Brown,tom.brown1789@uni.edu,student,US,free,782,2022-03-02,2022-03-23 10:58:23,,false
1790,Diego Dubois,diego.dubois1790@EXAMPLE.ORG,student,GB,free,230,2022-03-05,2024-06-12 18:57:40,2024-03-04 19:25:13,false
1791,Björn Papadopoulos,bjrn.papadopoulos1791@uni.edu,student,JP,free,93,2022-06-29,2024-04-16 22:22:05,2024-04-06 02:16:21,true
1792,José Papadopoulos,jos.papadopoulos1792@EXAMPLE.ORG,alumni,DE,free,279,2024-02-16,2024-05-04 00:29:13,,false
1793,Joanna Dubois,joanna.dubois1793@uni.edu,student,US,pro,127,2021-07-25,2024-06-26 16:05:40,,false
1794,Ann-Marie García,ann-marie.garca1794@uni.edu,alumni,US,free,139,2022-06-14,2022-07-06 19:05:12,2024-06-24 12:17:16,true
1795,Tom Johansson,tom.johansson1795@mail.test,student,BR,free,88,2022-07-22,2024-06-04 20:27:02,,true
1796,Jean-Luc Rossi,jean-luc.rossi1796@mail.test,student,DE,free,156,2021-03-24,2022-09-29 19:18:01,,true
1797,Ravi Rossi,ravi.rossi1797@example.org,student,US,pro,569,2022-02-17,2022-03-05 13:08:36,2024-05-06 14:40:03,true
1798,Sara Okafor,sara.okafor1798@EXAMPLE.ORG,student,US,free,456,2023-06-08,2024-03-05 02:18:46,2024-02-19 17:51:00,true
1799,Joanna Müller,joanna.mller1799@mail.test,staff,IN,free,811,2023-12-01,2024-05-10 00:10:28,2024-02-02 02:34:26,true
1800,Sara Smith,sara.smith1800@EXAMPLE.ORG,student,US,free,589,2021-05-08,,,true
1801,Hannah Singh,hannah.singh1801@uni.edu,student,ES,pro,766,2023-12-29,2024-04-27 18:44:48,2024-03-10 00:10:50,true
1802,José O'Neil,jos.o'neil1802@example.com,student,US,free,,2022-12-23,2024-04-15 04:52:28,,false
1803,Ravi Kowalski,ravi.kowalski1803@example.org,student,US,free,315,2022-02-14,2024-06-26 23:35:27,2023-12-19 21:11:37,true
1804,Zoë García,zo.garca1804@uni.edu,student,US,free,276,2022-08-24,2024-05-28 21:26:06,2024-05-29 13:48:14,true
1805,Omar Johansson,omar.johansson1805@uni.edu,student,GB,free,158,2022-03-11,2022-03-24 07:54:49,2024-03-06 17:47:02,true
1806,Fatima Singh,fatima.singh1806@uni.edu,student,DE,free,864,2024-06-01,2024-06-06 02:52:07,,false
1807,Anna Rossi,anna.rossi1807@example.com,employer,US,free,292,2023-09-27,2024-06-04 18:43:01,,true
1808,Hannah Nguyen,hannah.nguyen1808@mail.test,student,AU,free,844,2022-02-24,2022-03-22 13:16:17,,false
1809,O'Brien Müller,o'brien.mller1809@example.com,alumni,FR,pro,43,2024-04-12,2024-05-28 08:37:37,,true
1810,Zoë Rossi,zo.rossi1810@example.com,student,US,free,492,2021-12-25,2024-06-14 03:08:18,2024-04-30 21:12:39,true
1811,Fatima O'Neil,fatima.o'neil1811@mail.test,student,US,free,790,2024-03-01,2024-06-20 18:47:59,2024-03-04 00:21:54,true
1812,李雷 Müller,u1812.mller1812@example.com,employer,CA,free,456,2022-03-06,2024-05-13 19:05:00,2024-01-29 18:39:41,true
1813,Ann Johansson,ann.johansson1813@example.com,student,JP,pro,688,2022-07-10,2023-07-17 22:14:59,2024-02-05 22:39:03,true
1814,Omar Johansson,omar.johansson1814@mail.test,alumni,FR,free,550,2023-04-28,2024-06-24 06:42:03,,false
1815,José Kowalski,jos.kowalski1815@example.org,employer,MX,pro,905,2023-09-17,2024-05-26 22:01:26,,false
1816,Mei Okafor,mei.okafor1816@example.com,alumni,IN,free,816,2023-07-16,2024-05-30 13:50:17,2023-12-29 00:35:57,true
1817,Ève O'Neil,ve.o'neil1817@uni.edu,alumni,IN,free,590,2022-10-31,,2024-03-08 19:26:19,false
1818,Ravi Singh,ravi.singh1818@EXAMPLE.ORG,alumni,US,free,868,2023-01-22,2024-06-23 21:33:42,2024-06-30 09:46:00,true
1819,Zoë Nguyen,zo.nguyen1819@mail.test,student,US,free,998,2023-04-07,2024-05-21 20:56:05,2024-05-11 19:46:13,true
1820,O'Brien Kowalski,o'brien.kowalski1820@example.org,alumni,FR,pro,395,2022-06-24,2024-06-12 21:02:33,,true
1821,Björn Rossi,bjrn.rossi1821@example.com,student,AU,pro,714,2023-02-09,2023-05-02 05:35:33,2024-01-23 18:09:53,true
1822,Tom O'Neil,tom.o'neil1822@uni.edu,alumni,DE,free,956,2022-07-17,2024-05-30 04:00:31,2023-12-19 06:46:22,true
1823,Hannah Müller,hannah.mller1823@example.org,admin,ES,pro,199,2022-02-02,2023-12-06 05:32:15,2024-02-03 09:27:06,true
1824,Ravi Tanaka,ravi.tanaka1824@example.org,student,NG,free,728,2023-05-21,2024-06-22 09:31:30,2024-03-17 16:05:47,true
1825,Yuki Nguyen,yuki.nguyen1825@example.com,student,US,pro,311,2024-02-11,2024-06-23 16:19:52,2024-05-13 01:36:04,true
1826,Fatima Müller,fatima.mller1826@mail.test,alumni,FR,enterprise,509,2024-05-28,2024-06-13 15:28:11,,true
1827,Joanna Johansson,joanna.johansson1827@example.org,student,US,enterprise,622,2022-10-13,2024-04-14 02:07:33,2024-04-26 17:41:36,false
1828,Diego García,diego.garca1828@example.org,student,AU,free,533,2021-09-20,2024-05-19 17:18:13,,true
1829,Mei O'Neil,mei.o'neil1829@EXAMPLE.ORG,student,US,free,762,2022-12-03,,2023-12-31 11:02:21,false
1830,Sara Kowalski,sara.kowalski1830@EXAMPLE.ORG,student,CA,free,552,2022-11-28,2024-06-26 03:37:30,,true
1831,O'Brien Brown,o'brien.brown1831@example.com,student,BR,free,114,2022-04-18,,2024-02-20 14:43:38,true
1832,Ann-Marie O'Neil,ann-marie.o'neil1832@example.org,alumni,AU,free,651,2022-12-31,2023-06-17 08:07:52,,true
1833,Fatima O'Neil,fatima.o'neil1833@mail.test,student,US,enterprise,645,2023-07-14,2024-06-02 20:03:44,2023-12-15 04:44:58,true
1834,Sara Brown,sara.brown1834@uni.edu,student,IN,free,685,2022-07-24,2024-06-22 10:11:00,2024-04-24 06:25:08,false
1835,Li O'Neil,li.o'neil1835@uni.edu,staff,FR,pro,916,2023-05-28,2023-06-18 19:01:29,2024-05-29 23:21:45,true
1836,Li Rossi,li.rossi1836@example.org,student,BR,pro,709,2024-02-17,2024-05-24 01:26:39,2024-03-28 18:01:31,true
1837,Omar Rossi,omar.rossi1837@EXAMPLE.ORG,student,MX,free,737,2022-01-23,2024-06-13 06:42:39,2024-01-05 08:57:56,true
1838,Chidi Kowalski,chidi.kowalski1838@example.org,alumni,IN,free,1000,2021-09-16,2024-05-23 04:50:30,2024-06-11 08:16:16,true
1839,Hannah Rossi,hannah.rossi1839@example.org,student,BR,free,195,2022-09-07,2022-09-20 06:52:31,2024-01-13 14:22:09,true
1840,Zoë Papadopoulos,zo.papadopoulos1840@uni.edu,student,US,free,261,2023-02-18,2023-03-17 03:00:50,2024-04-19 06:46:47,true
1841,Hannah Okafor,hannah.okafor1841@uni.edu,student,JP,free,982,2021-04-05,2024-05-03 09:42:43,,true
1842,Sara Singh,sara.singh1842@mail.test,employer,BR,pro,426,2022-08-07,2024-02-16 09:19:01,2023-12-26 01:33:54,false
1843,"Müller, Björn",bjrn.mller1843@uni.edu,student,BR,pro,792,2023-10-20,,2024-02-08 21:43:44,true
1844,Ann-Marie Okafor,ann-marie.okafor1844@example.com,alumni,US,free,216,2023-01-04,2024-04-23 00:05:17,2024-03-31 04:03:44,true
1845,Tom Nguyen,tom.nguyen1845@uni.edu,employer,US,free,281,2024-01-31,2024-02-02 17:02:31,2024-04-17 10:28:32,false
1846,Ann-Marie García,ann-marie.garca1846@uni.edu,alumni,IN,pro,124,2022-01-12,2024-06-11 19:38:42,2024-06-07 10:01:39,true
1847,Zoë Rossi,zo.rossi1847@example.com,admin,US,free,500,2021-06-24,2024-06-07 01:54:19,2023-12-17 01:21:31,true
1848,李雷 Smith,u1848.smith1848@EXAMPLE.ORG,alumni,BR,pro,857,2023-03-29,2023-04-20 21:56:33,2024-06-05 13:55:08,true
1849,José Smith,jos.smith1849@example.org,staff,IN,free,561,2022-09-01,2024-06-06 01:12:11,2024-03-27 06:56:29,true
1850,Omar Kowalski,omar.kowalski1850@mail.test,staff,CA,free,593,2023-03-28,2023-04-09 03:40:46,2024-04-05 03:23:57,true
1851,Ann-Marie García,ann-marie.garca1851@uni.edu,alumni,DE,pro,322,2023-08-12,2024-06-29 23:05:38,2024-03-11 01:28:21,true
1852,Jean-Luc García,jean-luc.garca1852@uni.edu,student,US,free,156,2023-11-08,2024-06-11 20:40:14,,true
1853,Ève Singh,ve.singh1853@uni.edu,employer,FR,free,738,2024-02-04,2024-06-27 08:28:07,,true
1854,O'Brien O'Neil,o'brien.o'neil1854@mail.test,alumni,US,free,540,2024-05-22,2024-06-20 04:17:10,2024-03-05 14:11:42,true
1855,Ève Tanaka,ve.tanaka1855@mail.test,admin,JP,enterprise,,2024-01-04,2024-06-01 22:22:15,2024-05-07 13:31:11,true
1856,Jean-Luc O'Neil,jean-luc.o'neil1856@example.com,student,CA,free,379,2022-02-07,2024-05-22 18:59:53,2024-04-24 19:56:13,true
1857,José Brown,jos.brown1857@uni.edu,employer,GB,enterprise,583,2021-09-05,2024-06-25 09:02:14,2024-04-13 04:26:28,true
1858,Ève Dubois,ve.dubois1858@example.org,student,CA,free,111,2023-07-22,2024-06-08 20:59:57,2023-12-30 12:56:32,true
1859,Björn Singh,bjrn.singh1859@uni.edu,employer,US,free,733,2023-04-25,2024-06-24 12:32:00,2024-06-13 14:57:27,true
1860,Fatima O'Neil,fatima.o'neil1860@mail.test,student,ES,free,9,2024-03-29,2024-04-27 08:59:13,2024-05-21 20:20:33,true
1861,Ève Smith,ve.smith1861@example.com,alumni,JP,pro,908,2024-06-13,2024-06-14 19:23:25,2024-01-24 14:24:26,true
1862,Joanna Smith,joanna.smith1862@example.org,admin,CA,pro,298,2023-12-12,2024-04-08 07:07:54,2023-12-23 22:30:16,true
1863,李雷 Papadopoulos,u1863.papadopoulos1863@EXAMPLE.ORG,student,GB,pro,37,2023-11-12,2023-11-22 04:57:49,2024-06-18 14:23:18,true
1864,Diego Papadopoulos,diego.papadopoulos1864@uni.edu,alumni,GB,free,825,2023-09-16,,2024-05-10 12:47:05,true
1865,Li Brown,li.brown1865@EXAMPLE.ORG,alumni,US,free,153,2023-10-26,2024-06-05 21:46:02,2024-02-23 06:33:18,false
1866,Tom Papadopoulos,tom.papadopoulos1866@example.com,student,US,pro,636,2023-02-05,2024-06-19 15:01:39,2024-06-10 15:58:19,true
1867,Zoë García,zo.garca1867@example.org,alumni,FR,pro,84,2021-12-30,2022-01-28 06:54:09,2024-04-29 17:38:13,false
1868,Tom O'Neil,tom.o'neil1868@uni.edu,student,US,pro,396,2024-01-30,2024-06-04 17:54:23,2023-12-27 22:28:07,true
1869,Zoë Papadopoulos,zo.papadopoulos1869@EXAMPLE.ORG,admin,DE,free,961,2022-07-10,2024-05-17 21:43:00,2024-01-30 14:43:42,true
1870,李雷 Brown,u1870.brown1870@EXAMPLE.ORG,student,GB,free,669,2021-10-11,2024-05-28 21:49:17,2024-04-02 22:01:07,true
1871,Yuki Papadopoulos,yuki.papadopoulos1871@example.org,student,CA,enterprise,805,2023-05-02,2024-04-26 12:38:54,2024-02-11 08:08:12,true
1872,Li Nguyen,li.nguyen1872@example.org,employer,CA,free,845,2023-12-23,2024-06-18 04:46:11,2024-02-23 01:10:39,true
1873,Joanna Rossi,joanna.rossi1873@uni.edu,student,FR,free,139,2024-01-31,2024-06-21 23:18:01,2024-01-01 10:42:32,false
1874,Yuki Smith,yuki.smith1874@EXAMPLE.ORG,staff,US,pro,283,2022-09-04,2024-06-27 23:23:52,2024-03-17 02:36:47,true
1875,José Brown,jos.brown1875@EXAMPLE.ORG,student,FR,pro,504,2023-10-26,2024-05-18 07:15:42,2024-04-09 09:07:06,false
1876,Tom Müller,tom.mller1876@example.org,student,US,free,250,2022-07-20,2022-08-11 20:39:08,,true
1877,Björn Rossi,bjrn.rossi1877@example.com,alumni,AU,free,268,2022-09-09,2022-09-14 23:49:15,,true
1878,Björn Rossi,bjrn.rossi1878@uni.edu,employer,CA,free,697,2022-09-15,2024-05-19 10:54:57,2024-02-03 16:41:32,true
1879,Diego Dubois,diego.dubois1879@uni.edu,staff,US,pro,232,2023-06-17,2024-04-05 00:13:01,2024-06-08 01:01:12,true
1880,Omar Müller,omar.mller1880@EXAMPLE.ORG,student,FR,free,334,2022-12-10,2024-06-25 10:46:01,2024-05-13 17:07:25,true
1881,Hannah Brown,hannah.brown1881@EXAMPLE.ORG,student,US,free,775,2022-11-10,2024-05-12 04:53:00,2023-12-25 20:35:59,false
1882,Tom Johansson,tom.johansson1882@example.com,alumni,DE,free,80,2022-07-04,2022-07-17 03:31:01,2024-04-16 06:31:31,true
1883,Zoë Singh,zo.singh1883@example.com,student,US,free,494,2021-12-07,2023-10-01 16:43:00,2024-01-22 05:57:12,true
1884,Omar Müller,omar.mller1884@example.com,student,US,free,761,2022-07-30,2024-05-15 17:09:38,2023-12-19 02:48:29,true
1885,Yuki Johansson,yuki.johansson1885@example.com,employer,US,free,481,2023-05-29,2024-04-30 01:58:15,2024-05-11 12:53:34,true
1886,Ann Okafor,ann.okafor1886@uni.edu,staff,US,free,210,2021-04-05,2024-04-28 06:28:10,2024-05-21 20:05:18,true
1887,Fatima O'Neil,fatima.o'neil1887@mail.test,student,CA,free,733,2021-10-18,2022-10-21 04:28:45,2024-05-31 00:32:42,true
1888,Joanna García,joanna.garca1888@mail.test,alumni,CA,pro,315,2024-01-05,2024-06-20 05:51:58,2024-06-29 06:11:11,true
1889,Li Smith,li.smith1889@mail.test,alumni,US,pro,535,2021-07-12,2024-04-24 04:57:25,,true
1890,O'Brien Okafor,o'brien.okafor1890@example.com,student,CA,free,409,2021-10-27,2024-06-09 20:55:11,2024-05-27 00:20:56,true
1891,Björn Kowalski,bjrn.kowalski1891@mail.test,student,US,free,138,2024-01-24,2024-03-20 21:42:33,,true
1892,Ève Müller,ve.mller1892@EXAMPLE.ORG,student,ES,pro,638,2022-06-08,2024-05-29 17:31:34,,true
1893,José Brown,jos.brown1893@mail.test,employer,NG,free,436,2021-07-08,2024-05-19 02:30:44,2024-05-27 02:02:49,true
1894,Anna Papadopoulos,anna.papadopoulos1894@EXAMPLE.ORG,student,FR,free,163,2022-07-01,2024-04-10 09:52:10,2024-06-28 04:05:04,true
1895,Jean-Luc Müller,jean-luc.mller1895@mail.test,student,US,free,303,2022-09-25,2022-10-24 11:47:35,2024-02-04 00:21:37,true
1896,Li Brown,li.brown1896@uni.edu,staff,US,pro,617,2024-05-20,2024-05-27 05:10:09,,true
1897,Yuki Johansson,yuki.johansson1897@example.org,student,US,free,461,2022-07-17,2023-10-04 13:25:11,2024-01-18 04:57:16,true
1898,Mei Smith,mei.smith1898@example.org,employer,IN,free,309,2022-03-26,2024-06-25 18:24:05,2024-06-17 14:06:21,true
1899,"Ève ""Brown"" Jr",ve.brown1899@mail.test,student,FR,free,224,2024-02-05,2024-06-07 11:50:45,2024-02-19 19:31:46,true
1900,Ève Smith,ve.smith1900@example.com,employer,BR,pro,265,2022-12-14,2023-12-29 02:29:14,2024-06-08 09:37:52,true
1901,Björn Dubois,bjrn.dubois1901@mail.test,student,GB,free,236,2024-01-16,2024-06-22 08:25:07,2023-12-28 13:13:33,true
1902,Zoë Brown,zo.brown1902@example.org,student,GB,free,524,2023-06-23,2024-05-30 00:29:14,,false
1903,Tom Johansson,tom.johansson1903@EXAMPLE.ORG,student,US,free,252,2022-07-11,2024-04-12 13:20:45,2024-06-23 15:19:12,true
1904,Zoë Okafor,zo.okafor1904@mail.test,student,US,pro,548,2024-01-23,2024-05-04 11:31:22,,true
1905,Yuki Müller,yuki.mller1905@EXAMPLE.ORG,admin,GB,free,595,2023-08-18,2024-05-19 06:27:13,,true
1906,Joanna Okafor,joanna.okafor1906@uni.edu,alumni,DE,free,416,2022-09-20,2024-06-26 17:14:43,,true
1907,李雷 Okafor,u1907.okafor1907@uni.edu,student,US,free,584,2022-03-15,2024-04-07 18:40:15,,false
1908,Joanna Nguyen,joanna.nguyen1908@uni.edu,student,ES,pro,,2024-02-09,2024-05-04 04:12:05,2024-02-25 05:58:14,true
1909,Omar Papadopoulos,omar.papadopoulos1909@example.com,student,FR,pro,115,2024-05-12,2024-05-17 23:57:56,2023-12-29 18:46:21,true
1910,Ann Kowalski,ann.kowalski1910@mail.test,alumni,GB,pro,720,2023-03-20,2024-06-19 15:49:27,2024-01-06 03:13:59,true
1911,Zoë Okafor,zo.okafor1911@example.org,student,BR,free,534,2023-06-06,2024-04-19 14:07:08,2024-05-17 16:43:09,true
1912,Yuki Papadopoulos,yuki.papadopoulos1912@example.org,employer,AU,free,401,2024-02-25,2024-05-17 06:32:48,2024-02-24 09:44:00,true
1913,Ann Okafor,ann.okafor1913@example.org,student,US,free,765,2021-10-21,,2024-05-15 10:34:02,true
1914,Li O'Neil,li.o'neil1914@EXAMPLE.ORG,student,IN,pro,317,2024-04-01,2024-06-24 01:08:56,2024-02-12 20:35:27,true
1915,Hannah Nguyen,hannah.nguyen1915@mail.test,student,DE,free,398,2021-03-24,2024-06-01 13:46:35,2024-05-16 06:05:58,true
1916,Li Rossi,li.rossi1916@EXAMPLE.ORG,student,US,free,22,2021-06-08,2024-05-23 00:33:34,2024-05-07 03:08:54,true
1917,Zoë Dubois,zo.dubois1917@EXAMPLE.ORG,staff,US,free,550,2024-06-14,2024-06-25 13:08:07,2024-04-20 01:53:05,true
1918,Ravi Brown,ravi.brown1918@EXAMPLE.ORG,staff,US,free,806,2024-03-24,2024-06-21 20:14:01,2024-03-17 09:34:44,false
1919,O'Brien Brown,o'brien.brown1919@EXAMPLE.ORG,employer,US,pro,627,2021-10-06,2024-06-26 03:39:49,2024-05-31 07:21:15,true
1920,Chidi Tanaka,chidi.tanaka1920@example.com,student,CA,free,99,2022-04-11,2022-05-07 05:00:35,2024-05-17 16:30:54,true
1921,Tom Johansson,tom.johansson1921@example.org,employer,DE,free,183,2021-07-27,2024-06-26 10:15:07,2024-05-11 13:09:11,false
1922,Omar Johansson,omar.johansson1922@mail.test,admin,CA,free,114,2021-12-20,2024-04-22 22:45:08,2024-02-25 21:14:00,true
1923,Diego Singh,diego.singh1923@EXAMPLE.ORG,alumni,US,free,921,2022-12-29,2024-06-11 11:58:19,2024-06-10 04:32:07,true
1924,李雷 Tanaka,u1924.tanaka1924@EXAMPLE.ORG,student,US,pro,776,2023-07-08,2024-06-18 10:30:41,2024-06-01 20:22:08,true
1925,Hannah Nguyen,hannah.nguyen1925@example.org,alumni,ES,free,993,2023-05-06,2024-06-21 05:45:52,2024-04-04 02:11:01,true
1926,Björn García,bjrn.garca1926@example.com,student,DE,free,263,2024-03-31,2024-06-21 06:42:44,2024-05-29 12:32:49,true
1927,Anna Kowalski,anna.kowalski1927@example.com,alumni,US,free,796,2024-01-15,2024-05-30 21:18:15,2024-01-23 17:12:40,true
1928,李雷 Rossi,u1928.rossi1928@example.com,alumni,BR,pro,730,2022-01-02,2024-04-24 02:02:03,2024-05-05 12:08:16,true
1929,Fatima Smith,fatima.smith1929@uni.edu,staff,DE,free,429,2021-08-18,2024-04-11 22:41:47,2024-01-20 03:05:52,true
1930,李雷 Okafor,u1930.okafor1930@example.org,employer,US,free,325,2024-03-01,2024-05-26 22:51:31,,false
1931,Ravi Brown,ravi.brown1931@example.com,student,ES,free,736,2023-03-02,2023-03-18 15:18:00,2023-12-14 04:11:26,true
1932,Hannah Papadopoulos,hannah.papadopoulos1932@mail.test,student,MX,free,43,2023-03-20,2024-04-28 02:08:45,2024-06-14 07:33:21,true
1933,Yuki Papadopoulos,yuki.papadopoulos1933@example.org,alumni,NG,pro,81,2022-09-18,2024-06-13 23:39:57,2024-03-28 16:36:42,true
1934,Ravi Brown,ravi.brown1934@example.org,student,FR,pro,243,2022-08-14,2024-06-28 07:12:26,,true
1935,José Rossi,jos.rossi1935@example.org,employer,MX,free,121,2024-01-21,2024-05-30 02:09:08,2024-06-07 14:41:18,true
1936,Yuki Dubois,yuki.dubois1936@example.org,student,NG,pro,693,2023-06-27,2024-06-06 08:58:46,2024-06-02 01:26:12,true
1937,Ann O'Neil,ann.o'neil1937@example.org,alumni,US,free,472,2023-01-08,,2024-03-13 15:24:49,true
1938,Chidi Dubois,chidi.dubois1938@example.org,alumni,NG,free,321,2024-06-08,2024-06-20 01:16:33,2024-02-22 06:02:29,true
1939,Diego Rossi,diego.rossi1939@uni.edu,student,BR,free,735,2024-04-07,,2024-01-11 11:36:48,false
1940,"Okafor, Yuki",yuki.okafor1940@example.com,student,FR,enterprise,896,2021-06-21,2023-11-17 04:23:28,,true
1941,Ravi O'Neil,ravi.o'neil1941@mail.test,student,NG,enterprise,873,2023-08-29,2024-06-26 04:09:19,2024-02-26 04:04:06,true
1942,Joanna Nguyen,joanna.nguyen1942@mail.test,employer,GB,pro,433,2021-10-16,2023-01-31 17:08:58,2024-03-12 05:43:43,true
1943,Diego Müller,diego.mller1943@example.org,student,FR,free,820,2022-12-03,2024-05-21 13:43:55,,true
1944,Ann-Marie García,ann-marie.garca1944@example.org,staff,GB,pro,790,2023-02-25,2024-05-15 06:46:11,2024-05-15 08:58:28,true
1945,Yuki Nguyen,yuki.nguyen1945@EXAMPLE.ORG,alumni,CA,free,568,2022-04-02,2022-11-19 23:09:59,2024-02-19 17:27:23,true
1946,Fatima O'Neil,fatima.o'neil1946@EXAMPLE.ORG,student,GB,free,449,2023-04-27,2023-05-08 05:47:27,,true
1947,Sara Smith,sara.smith1947@example.com,student,NG,free,535,2023-05-26,2024-05-21 14:19:23,2024-03-22 11:36:33,true
1948,Tom Müller,tom.mller1948@mail.test,student,FR,enterprise,707,2021-11-17,2023-06-13 06:27:17,2024-01-25 11:22:32,true
1949,Chidi Kowalski,chidi.kowalski1949@example.org,student,US,free,372,2022-02-13,2024-06-09 01:38:39,,true
1950,Anna Kowalski,anna.kowalski1950@example.org,student,IN,free,556,2022-07-01,2024-06-13 10:48:23,2024-01-11 02:55:09,true
1951,Yuki Nguyen,yuki.nguyen1951@EXAMPLE.ORG,student,NG,pro,803,2022-09-26,,2024-02-23 15:52:20,false
1952,Fatima O'Neil,fatima.o'neil1952@uni.edu,alumni,IN,free,214,2024-04-14,2024-06-18 13:17:31,,true
1953,Ann García,ann.garca1953@EXAMPLE.ORG,alumni,GB,pro,833,2023-12-22,2024-04-20 08:17:48,,true
1954,Hannah Johansson,hannah.johansson1954@mail.test,alumni,DE,pro,721,2022-02-12,2022-02-20 11:13:13,,true
1955,Tom Okafor,tom.okafor1955@EXAMPLE.ORG,student,IN,free,269,2024-03-23,2024-04-12 09:25:24,2024-05-02 16:58:09,true
1956,Sara Johansson,sara.johansson1956@example.org,admin,BR,free,597,2022-08-04,2022-08-06 06:59:04,2024-02-23 13:35:01,true
1957,Chidi Brown,chidi.brown1957@uni.edu,employer,US,pro,930,2023-12-08,2024-06-04 22:33:44,2024-04-26 23:53:11,false
1958,Joanna Rossi,joanna.rossi1958@EXAMPLE.ORG,admin,FR,free,268,2023-08-21,2024-04-10 10:55:29,,true
1959,Diego Kowalski,diego.kowalski1959@example.org,employer,US,free,260,2024-02-09,2024-06-08 21:36:56,2024-05-18 22:48:56,true
1960,Ravi Smith,ravi.smith1960@EXAMPLE.ORG,student,IN,pro,139,2022-12-21,2023-01-05 02:43:09,2024-02-05 12:51:27,true
1961,Chidi Rossi,chidi.rossi1961@uni.edu,staff,GB,free,,2023-06-16,2024-05-26 17:15:40,2023-12-31 17:43:16,true
1962,Mei Johansson,mei.johansson1962@mail.test,employer,CA,free,923,2021-09-09,2024-05-12 23:39:00,2024-03-09 16:26:33,true
1963,Hannah Dubois,hannah.dubois1963@mail.test,student,GB,free,317,2023-08-22,2024-06-25 14:33:29,2024-06-29 08:25:49,true
1964,Li Singh,li.singh1964@example.org,staff,FR,free,482,2024-04-06,2024-06-04 08:28:01,2024-01-19 15:50:14,true
1965,José Kowalski,jos.kowalski1965@example.org,student,IN,free,126,2022-01-13,2022-02-19 17:02:48,2023-12-19 06:16:09,false
1966,Diego Johansson,diego.johansson1966@EXAMPLE.ORG,alumni,US,free,96,2023-10-09,2024-04-23 17:23:19,,false
1967,Chidi Rossi,chidi.rossi1967@uni.edu,student,US,free,445,2024-05-19,2024-05-31 17:42:19,2024-05-03 03:43:10,true
1968,O'Brien O'Neil,o'brien.o'neil1968@example.com,student,DE,enterprise,809,2022-05-12,2023-06-04 11:49:32,,false
1969,Chidi Nguyen,chidi.nguyen1969@example.org,alumni,FR,free,627,2024-05-08,2024-05-17 18:45:26,,true
1970,Omar Smith,omar.smith1970@example.org,student,US,pro,10,2023-06-16,2024-05-27 06:57:36,2024-06-30 01:20:50,true
1971,Joanna Okafor,joanna.okafor1971@mail.test,alumni,IN,pro,511,2021-06-11,2024-01-16 13:34:16,2024-06-29 06:37:09,false
1972,Ann Papadopoulos,ann.papadopoulos1972@EXAMPLE.ORG,employer,GB,free,284,2022-01-13,2022-02-06 13:02:35,2024-04-23 00:23:25,true
1973,Omar Tanaka,omar.tanaka1973@EXAMPLE.ORG,staff,JP,free,510,2021-01-29,2024-06-07 00:21:07,2024-04-08 19:33:48,false
1974,Li Müller,li.mller1974@uni.edu,student,BR,free,217,2022-04-02,2023-02-10 03:42:15,2024-05-13 00:33:56,true
1975,Mei Singh,mei.singh1975@EXAMPLE.ORG,student,IN,free,865,2022-06-29,,2024-05-13 03:41:23,true
1976,Fatima Singh,fatima.singh1976@example.com,alumni,NG,free,343,2023-10-31,2024-06-11 17:28:51,2024-05-03 16:51:50,true
1977,Jean-Luc Nguyen,jean-luc.nguyen1977@mail.test,student,JP,pro,875,2022-05-30,2024-06-24 13:44:39,,true
1978,José Smith,jos.smith1978@uni.edu,alumni,GB,free,508,2024-02-08,2024-04-29 06:04:29,2024-02-06 21:44:41,true
1979,Sara Singh,sara.singh1979@example.org,employer,GB,free,9,2021-12-13,2024-06-24 12:00:12,2024-01-21 20:03:23,true
1980,Zoë Johansson,zo.johansson1980@example.org,student,DE,free,242,2023-04-20,2024-06-22 08:46:11,2024-01-20 11:29:34,true
1981,Omar Johansson,omar.johansson1981@uni.edu,student,DE,free,743,2023-03-22,2024-05-31 11:15:37,2024-06-22 17:46:33,true
1982,Omar Tanaka,omar.tanaka1982@example.com,staff,MX,free,968,2023-02-06,2024-06-23 01:22:58,2024-02-01 02:16:29,false
1983,Zoë Dubois,zo.dubois1983@example.com,student,US,free,451,2021-10-23,2024-06-16 17:29:17,2024-03-24 11:33:10,true
1984,Joanna García,joanna.garca1984@example.com,student,US,free,416,2023-10-13,2024-05-21 08:41:44,2024-02-11 23:23:25,true
1985,Mei Singh,mei.singh1985@mail.test,student,IN,free,794,2022-06-11,2024-05-18 16:26:10,2024-02-22 14:18:06,true
1986,Hannah García,hannah.garca1986@example.org,student,US,pro,116,2022-04-01,2022-04-08 23:16:06,2024-01-14 13:53:02,true
1987,Chidi Smith,chidi.smith1987@uni.edu,student,US,free,334,2022-08-14,2024-04-26 08:16:10,2024-01-20 03:46:48,true
1988,Omar Singh,omar.singh1988@EXAMPLE.ORG,alumni,IN,free,93,2024-03-09,2024-06-21 15:28:10,,true
1989,Ravi Smith,ravi.smith1989@EXAMPLE.ORG,staff,CA,free,560,2023-04-23,2024-06-10 15:28:25,2024-04-14 21:54:42,true
1990,李雷 Rossi,u1990.rossi1990@uni.edu,student,FR,enterprise,20,2022-11-08,2022-11-16 15:29:58,2024-03-21 20:41:01,true
1991,Hannah Brown,hannah.brown1991@example.org,alumni,BR,free,16,2023-03-14,2024-06-07 04:31:13,,true
1992,Jean-Luc Johansson,jean-luc.johansson1992@EXAMPLE.ORG,student,GB,free,924,2024-06-15,2024-06-26 07:03:28,2024-02-07 20:57:30,false
1993,O'Brien Brown,o'brien.brown1993@EXAMPLE.ORG,student,IN,free,816,2024-01-17,2024-06-20 16:54:08,2024-01-17 20:54:06,false
1994,Hannah Dubois,hannah.dubois1994@mail.test,employer,ES,free,917,2021-11-13,2023-02-09 00:09:46,2024-05-18 06:03:05,true
1995,Chidi Dubois,chidi.dubois1995@mail.test,student,US,free,47,2022-05-21,2022-06-01 05:13:12,2024-06-14 23:46:32,false
1996,Ève Müller,ve.mller1996@example.org,student,GB,pro,560,2024-03-08,2024-05-19 13:46:09,2024-04-12 20:55:14,true
1997,Li Brown,li.brown1997@example.com,admin,US,free,924,2024-05-02,2024-06-08 14:31:23,,false
1998,Zoë O'Neil,zo.o'neil1998@EXAMPLE.ORG,student,GB,free,596,2024-03-25,2024-04-18 22:34:46,2024-06-27 02:08:29,true
1999,José Brown,jos.brown1999@uni.edu,admin,US,pro,590,2022-04-19,2022-04-24 00:04:13,2024-02-15 16:16:20,true
2000,Omar Rossi,omar.rossi2000@EXAMPLE.ORG,staff,US,pro,479,2022-03-22,2024-06-08 19:29:57,,true

"""#
