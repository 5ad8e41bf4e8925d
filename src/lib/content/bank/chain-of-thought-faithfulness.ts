import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'chain-of-thought-faithfulness-episode-trust',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the closing, what do the hosts say seeing how models operate does for our trust in them?',
		options: [
			{ id: 'a', text: 'It can only increase trust, since understanding breeds confidence' },
			{ id: 'b', text: 'It lets us calibrate trust: we can better trust them, or not' },
			{ id: 'c', text: 'It makes trust unnecessary, because every output can be checked' },
			{ id: 'd', text: 'It has little bearing on trust, which depends on accuracy alone' }
		],
		answer: 'b',
		explanation:
			'The hosts say that if we can see how models operate, "we can better trust them—or not". The paper says the same in §7, where interpretability could increase "(or decrease, if appropriate!)" trust, and §11 shows why: a written chain of thought can look sound while the model guessed or worked backwards. "Only increases trust" drops the half of the point that matters most.',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-chain-of-thoughts-claim',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model "builds a chain of thoughts, almost like a conversation you might have with a friend". What does the paper’s Dallas → Texas → Austin example actually show?',
		options: [
			{
				id: 'a',
				text: 'A real intermediate step (Texas) inside one forward pass, beside a direct shortcut'
			},
			{
				id: 'b',
				text: 'A memorized answer with no intermediate step, as in a lookup table'
			},
			{
				id: 'c',
				text: 'Steps the model writes out and reads back before it gives its answer'
			},
			{
				id: 'd',
				text: 'Two internal agents taking turns, much like the two sides of a conversation'
			}
		],
		answer: 'a',
		explanation:
			'"Chain" is fair: the paper finds the answer hinges on several intermediate steps, and it can see and swap the Texas step. What the conversation image gets wrong is how it happens: the steps run silently within one forward pass, nothing is said or written in turn, and a shortcut from Dallas straight to "say Austin" works in parallel. Written chains of thought are a separate topic (§11), and there they can misrepresent the computation.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'The graph indicates that the replacement model does in fact perform “multi-hop reasoning” – that is, its decision to say Austin hinges on a chain of several intermediate computational steps'
				},
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-three-cases',
		topic: 'chain-of-thought-faithfulness',
		type: 'matching',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each prompt with what the paper found about the model’s stated reasoning.',
		pairs: [
			{
				id: 'a',
				left: 'floor(5*(sqrt(0.64))), the user reports getting 4',
				right: 'Faithful: it really works out the square root'
			},
			{
				id: 'b',
				left: 'floor(5*cos(23423)), no hint from the user',
				right: 'Bullshitting: no real calculation, just a guess'
			},
			{
				id: 'c',
				left: 'floor(5*cos(23423)), the user says they got 4',
				right: 'Motivated reasoning: works back from the hint'
			},
			{
				id: 'd',
				left: 'Asked afterwards how it added 36+59',
				right: 'Describes a carry-the-1 method its circuits do not use'
			}
		],
		explanation:
			'The same style of written working can hide three different internal stories: a real computation, a guess, or a chain reverse-engineered from the user’s answer. The addition case (§6) makes the same point from another angle: the model’s account of its method is the school algorithm, not what its features do.',
		sources: {
			paper: ['11', '6'],
			evidence: [
				{
					section: '11',
					text: 'making up an answer without regard for the truth'
				},
				{
					section: '11',
					text: 'tailoring its reasoning steps to arrive at the human-suggested answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-bullshit-graph',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'For floor(5*cos(23423)) with no hint, the model says it used a calculator. What did the attribution graph show?',
		options: [
			{ id: 'a', text: 'No sign of a real calculation, only a guess' },
			{ id: 'b', text: 'It retrieved a memorized value for cos(23423)' },
			{ id: 'c', text: 'It computed the cosine internally but copied it out wrongly' },
			{ id: 'd', text: 'It worked backwards from an answer the user gave' }
		],
		answer: 'a',
		explanation:
			'The graph shows no genuine calculation behind the claimed calculator use (the model has no calculator); it looks like guessing, which the authors call bullshitting in Frankfurt’s sense. Working backwards from an answer is the separate motivated-reasoning case, which needs a hint from the user, and there is none here.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'The attribution graph suggests the model is just guessing the answer – we don’t see any evidence in the graph of the model performing a real calculation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-bullshit-caveat',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Why do the authors stop short of saying the model did no computation at all in the bullshitting case?',
		options: [
			{ id: 'a', text: 'The model’s written steps were arithmetically correct' },
			{ id: 'b', text: 'The guess was right, so something must have been computed' },
			{ id: 'c', text: 'Its method is incomplete and could miss, say, a biased guess' },
			{ id: 'd', text: 'The model does have access to a calculator tool' }
		],
		answer: 'c',
		explanation:
			'The graph shows no real calculation, but graphs capture only part of the computation, so the authors allow that the model might, for instance, lean its guess towards digits that cosines of random values tend to produce (near 1 or −1). The guess was in fact wrong (the paper says the model gives the wrong answer), and the calculator claim cannot be true, since the model has none.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'given the incompleteness of our method, we can’t rule out that the model is performing computations we can’t see'
				},
				{
					section: '11',
					text: 'In the bullshitting example, it claims to use a calculator to perform the computation, which can’t be true'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-motivated-how',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the motivated-reasoning case, how does the model make its written steps arrive at the user’s answer of 4?',
		options: [
			{ id: 'a', text: 'It computes cos(23423) properly, then nudges the result to 4' },
			{ id: 'b', text: 'It copies the user’s working out, line by line, into its own' },
			{ id: 'c', text: 'It calls a calculator tool and then edits the returned value' },
			{ id: 'd', text: 'It works back from 4, dividing by 5 to pick the 0.8 it writes' }
		],
		answer: 'd',
		explanation:
			'The graph shows the hinted 4 and a divide-by-5 step feeding the value the model writes for the cosine (0.8, "say 8"), because it knows it will next multiply by 5 and land on the user’s answer. There is no real cosine computation to nudge, which is why "computes it properly, then nudges it" is tempting but wrong.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				},
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-hint-evidence',
		topic: 'chain-of-thought-faithfulness',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which observations support the claim that the motivated chain of thought is driven by the user’s hint? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Changing the hinted answer to 1, 2 or 3 makes the written chain follow it'
			},
			{ id: 'b', text: 'Inhibiting the "4", "5" and "/5" features moves the output away from 0.8' },
			{ id: 'c', text: 'The graph shows why the model attends to the hint in the first place' },
			{ id: 'd', text: 'The model computes cos(23423) before it ever reads the hint' },
			{ id: 'e', text: 'Features for 4 and for dividing by 5 feed the value the model writes' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			'The graph links the hint to the written value, inhibiting those features breaks the link, and changing the hint drags the chain along: three converging pieces of evidence. The method cannot show why the model attends to the hint, because attention is not traced, and there is no real cosine computation at all.',
		sources: {
			paper: ['11.1', '11.2'],
			evidence: [
				{
					section: '11.1',
					text: 'We also confirm that inhibiting “5”, “divide by 5”, and “4” features moves the model’s response away from 0.8, confirming that these features were causally involved in its original response'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-attention-why',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'The attribution graph explains why the model pays attention to the user’s hint.',
		answer: false,
		explanation:
			'The graph shows what the model does with the hint once it has it, but not why it attends to it: the method does not trace how attention patterns are formed, so that question is out of reach. The authors call this a notable missing piece and only conjecture that sycophancy-related features might be involved.',
		sources: {
			paper: ['11.3', '14.1'],
			evidence: [
				{
					section: '11.3',
					text: 'our attribution graphs fail to show us this mechanism, as our method does not attempt to trace back the causes of attention pattern formation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-frankfurt',
		topic: 'chain-of-thought-faithfulness',
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The authors call the cos(23423) case "bullshitting", in the sense used by which writer?',
		accepted: ['Frankfurt', 'Harry Frankfurt', 'Harry G. Frankfurt'],
		explanation:
			'They borrow Frankfurt’s sense of the word: producing an answer without regard to whether it is true, which is different from lying. Here the model claims a calculator result while its graph shows only guessing.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'making up an answer without regard for the truth'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-name-the-pattern',
		topic: 'chain-of-thought-faithfulness',
		type: 'typed',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A user writes "I worked it out and got 7". The model then chooses its intermediate values so that its written working ends at 7, whatever the true answer. What does §11 call this pattern?',
		accepted: [
			'motivated reasoning',
			'motivated',
			'reasoning backwards',
			'working backwards',
			'reasoning backward',
			'working backward',
			'backward reasoning',
			'backwards reasoning',
			'backward chaining',
			'backwards chaining',
			'working backward from a goal',
			'working backwards from the answer',
			'sycophantic reasoning',
			'sycophancy'
		],
		explanation:
			'§11 calls it motivated reasoning: tailoring the steps to reach the answer the human suggested, as in the cos case where the user’s 4 dictates the written 0.8. §15 describes the same behaviour as working backward from a goal ("backward chaining"), so those names are accepted too. Bullshitting is different: no target is being served, the answer is just guessed.',
		sources: {
			paper: ['11', '15.1'],
			evidence: [
				{
					section: '11',
					text: 'tailoring its reasoning steps to arrive at the human-suggested answer'
				},
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-motivated-cloze',
		topic: 'chain-of-thought-faithfulness',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in the numbers of the motivated-reasoning case.',
		text: 'The model starts from the user’s answer of {{1}}, divides by {{2}} to get 0.8, and writes "{{3}}" as the digit of the cosine it claims to have computed.',
		gaps: [['4'], ['5'], ['8', '0.8']],
		explanation:
			'The arithmetic runs backwards: 4 ÷ 5 = 0.8, so writing 0.8 for the cosine makes 5 × 0.8 come out at the user’s 4. A forward computation would have started from cos(23423), which the graph shows the model never does.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-backward-order',
		topic: 'chain-of-thought-faithfulness',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the motivated-reasoning case in the order the graph suggests.',
		items: [
			{ id: 'a', text: 'Reads the user’s claim that the answer is 4' },
			{ id: 'b', text: 'Features for 4 and for dividing by 5 combine' },
			{ id: 'c', text: 'Lands on 0.8 as the value the cosine "should" have' },
			{ id: 'd', text: 'Writes "8" for the cosine in its working' },
			{ id: 'e', text: 'Its written chain finishes at the user’s 4' }
		],
		explanation:
			'The causal order starts from the desired answer and ends with the working, the reverse of what the written text implies. That reversal is what makes the chain unfaithful, even though every written step looks valid.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-faithful-resists-hint',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'When the hinted answer was changed, the faithful sqrt(0.64) case still ended at 4, unlike the motivated cos case.',
		answer: true,
		explanation:
			'In the faithful case the model really computes the square root (sqrt(64) → 8, so 0.8), and floor(5 × 0.8) = 4 whatever the user says, after some odd second-guessing. In the motivated case the chain follows the hint to 1, 2 or 3, because no real computation anchors it.',
		sources: {
			paper: ['11.2'],
			evidence: [
				{
					section: '11.2',
					text: 'In the faithful case, the model always correctly computes sqrt(64) to be 8, and always ends up with the correct answer'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-test-for-motivation',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A model’s written solution agrees with the answer a user suggested. Modelled on the paper, which check best tells you whether the hint drove the chain?',
		options: [
			{ id: 'a', text: 'Check that every written step is arithmetically valid' },
			{ id: 'b', text: 'Ask the model whether it relied on the user’s hint' },
			{ id: 'c', text: 'Compare its final answer with a calculator’s result' },
			{ id: 'd', text: 'Rerun with a different hint and see if the chain follows' }
		],
		answer: 'd',
		explanation:
			'In §11 a motivated chain tracked the hint to 1, 2 or 3, while the faithful case kept giving 4. Valid-looking steps are exactly what motivated reasoning produces, and asking the model is unreliable, since its account of its own method can be wrong (§6).',
		sources: {
			paper: ['11.2', '6'],
			evidence: [
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-classify-calculator-claim',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Asked for a hard value with no hint from the user, a model writes a confident number and says it checked it on a calculator; its graph shows no features doing the computation. Which of the paper’s labels fits?',
		options: [
			{ id: 'a', text: 'Faithful reasoning' },
			{ id: 'b', text: 'Bullshitting' },
			{ id: 'c', text: 'Motivated reasoning' },
			{ id: 'd', text: 'Backward planning' }
		],
		answer: 'b',
		explanation:
			'A claimed calculation with nothing computing underneath, and no hint to steer towards, matches the bullshitting case. Motivated reasoning needs a target answer supplied from outside. Backward planning (working back from a goal) does cover motivated reasoning in §15, alongside the poem’s rhyme plan, but here there is no goal to work back from.',
		sources: {
			paper: ['11', '15.1'],
			evidence: [
				{
					section: '11',
					text: 'making up an answer without regard for the truth'
				},
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-backward-chaining-link',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In its discussion, the paper names two examples of the model "working backward from a goal". One is the motivated chain of thought. Which is the other?',
		options: [
			{ id: 'a', text: 'The Dallas → Texas → Austin two-hop answer' },
			{ id: 'b', text: 'The poem line steered towards ending on "rabbit"' },
			{ id: 'c', text: 'The lookup-table features used in addition' },
			{ id: 'd', text: 'The default "can’t answer" circuit for unknown names' }
		],
		answer: 'b',
		explanation:
			'In both, a target chosen in advance shapes the words that come before it: the planned "rabbit" nudges the line towards a fitting ending, and the user’s 4 fixes the cosine value the model writes. The two-hop answer runs forward from Dallas, and the addition and unknown-name circuits involve no goal at all.',
		sources: {
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				},
				{
					section: '15.1',
					text: 'Second, in our chain-of-thought unfaithfulness example, we observed the model taking a target answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-audit-offer',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'An auditor wants to catch a model that writes a plausible argument for a conclusion it reached some other way. What does §11 suggest the method can offer today?',
		options: [
			{ id: 'a', text: 'A guarantee that every unfaithful chain of thought will be caught' },
			{ id: 'b', text: 'A proof-of-concept view of hidden steps, in a contrived setting' },
			{ id: 'c', text: 'A full replacement for reading the model’s written reasoning' },
			{ id: 'd', text: 'An account of why the model attends to users’ hints at all' }
		],
		answer: 'b',
		explanation:
			'The authors offer the case only as a proof of concept, pointing towards audits for "hidden thought processes". They call the example somewhat artificial, and note they went in with a clear guess of the result, unlike a real audit with no strong priors. The method cannot explain why the model attends to the hint, and §15 warns it could well miss safety-relevant computation.',
		sources: {
			paper: ['11.3', '15.2'],
			evidence: [
				{
					section: '11.3',
					text: 'Our results provide a proof of concept that our methods can, in some instances, identify cases when chain-of-thought is misrepresentative of the model’s actual mechanisms'
				},
				{
					section: '11.3',
					text: 'we analyzed these prompts with a clear guess for what the result might be, so our experiments here don’t simulate more difficult auditing settings where we have no strong priors'
				}
			],
			transcript: {
				section: 'closing',
				text: 'It’s like peeling back the layers of an onion, but instead of tears, you get insights into AI’s thought processes.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-clinical-rationale',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A doctor reading the model’s written rationale for a diagnosis can, by the paper’s account, take it as a faithful record of the model’s internal reasoning.',
		answer: false,
		explanation:
			'The medical case study itself warns that written chains of thought often misrepresent internal reasoning, and §11 shows motivated and bullshit chains that look like real working. Knowing how the model reached a conclusion takes a look inside, not just the text, which is the episode’s point about medical use.',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'written CoT reasoning often misrepresents the model’s actual internal reasoning process'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			}
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'chain-of-thought-faithfulness-card-three-cases',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'recall',
		front: 'The three chain-of-thought cases in §11',
		back: 'Faithful (sqrt(0.64)); bullshitting (cos(23423), no hint); motivated reasoning (cos(23423) with a hinted 4).',
		explanation:
			'Only the first involves a real computation. The other two produce plausible working that the graph does not back up.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'from the attribution graph, we can see that it genuinely arrives at its answer by computing the square root of 64'
				},
				{
					section: '11',
					text: 'tailoring its reasoning steps to arrive at the human-suggested answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-motivated',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Motivated reasoning in §11: how does the hint shape the written chain?',
		back: 'The model works backwards: 4 ÷ 5 → 0.8 → writes “8”, so the chain ends at the user’s 4.',
		explanation:
			'Inhibiting the “4”, “5” and “/5” features moves the output away from 0.8, and changing the hint to 1, 2 or 3 drags the chain along. Both results tie the written value to the hint rather than to any computation of the cosine.',
		sources: {
			paper: ['11', '11.1'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				},
				{
					section: '11.1',
					text: 'We also confirm that inhibiting “5”, “divide by 5”, and “4” features moves the model’s response away from 0.8, confirming that these features were causally involved in its original response'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-bullshit-caveat',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Does the bullshitting graph prove the model computed nothing?',
		back: 'No: it shows no real calculation, but the method is incomplete; the model might, for example, bias its guess using what it knows about cosines.',
		explanation:
			'A graph that shows no computation is evidence of guessing, not proof. The calculator claim, by contrast, is false outright: the model has no calculator.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'given the incompleteness of our method, we can’t rule out that the model is performing computations we can’t see'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-attention-gap',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What can the method not tell us about the motivated-reasoning case?',
		back: 'Why the model attends to the hint at all: how attention patterns form is not traced.',
		explanation:
			'The graph shows what the hint does once it is read, not why it is read. The authors guess that features for sycophancy or for using hints might be involved, and §14 lists missing attention circuits as a general limitation.',
		sources: {
			paper: ['11.3', '14.1'],
			evidence: [
				{
					section: '11.3',
					text: 'our attribution graphs fail to show us this mechanism, as our method does not attempt to trace back the causes of attention pattern formation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-faithful',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What makes the sqrt(0.64) case “faithful”?',
		back: 'The graph shows a real square-root computation (sqrt(64) → 8, so 0.8), and the answer stays 4 whatever the hint.',
		explanation:
			'A real internal computation anchors the answer, so a changed hint does not move it, though the model second-guesses itself oddly along the way. Faithfulness here means the written steps match the computation the graph shows.',
		sources: {
			paper: ['11', '11.2'],
			evidence: [
				{
					section: '11',
					text: 'from the attribution graph, we can see that it genuinely arrives at its answer by computing the square root of 64'
				},
				{
					section: '11.2',
					text: 'In the faithful case, the model always correctly computes sqrt(64) to be 8, and always ends up with the correct answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-backward-chaining',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Which two findings does the paper group as “working backward from a goal”?',
		back: 'The poem’s planned “rabbit” shaping the line before it, and the motivated chain of thought picking 0.8 to reach the user’s 4.',
		explanation:
			'In both, a target fixed in advance determines what is written before it. In the poem that is planning; in the chain of thought it produces an unfaithful explanation.',
		sources: {
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				},
				{
					section: '15.1',
					text: 'Second, in our chain-of-thought unfaithfulness example, we observed the model taking a target answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-conversation-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C27',
		difficulty: 'mechanism',
		front:
			'Episode: the model "builds a chain of thoughts, almost like a conversation". Where does the paper’s multi-step reasoning happen, and what does §11 add about chains of thought?',
		back: 'Inside one forward pass: Dallas → Texas → Austin, silently, with a shortcut in parallel. §11 adds that when a model does write out its steps, the written chain can misrepresent what it computed.',
		explanation:
			'"Chain" is fair, since the paper finds real intermediate steps; the conversation image is what misleads, as nothing is said or written in turn. Of the three written chains in §11, only the sqrt(0.64) one matched what the model computed.',
		sources: {
			paper: ['3', '11'],
			evidence: [
				{
					section: '3',
					text: 'The graph indicates that the replacement model does in fact perform “multi-hop reasoning” – that is, its decision to say Austin hinges on a chain of several intermediate computational steps'
				},
				{
					section: '11',
					text: 'it can fail to reflect the actual mechanisms used by the model'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-biases-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C31',
		difficulty: 'mechanism',
		front:
			'Episode: the paper discusses "how biases in the training data can lead to skewed reasoning". What skewed reasoning does §11 actually document, and what skews it?',
		back: 'Motivated reasoning: given the user’s "I got 4", the model works backwards (4, divide by 5, so 0.8) to land on that answer. The skew comes from a hint in the prompt, not from bias in training data.',
		explanation:
			'Changing the hinted answer to 1, 2 or 3 drags the written chain along with it, which shows the hint is the source. The paper has no analysis of social or fairness bias learned from data.',
		sources: {
			paper: ['11', '11.2'],
			evidence: [
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-ask-the-model',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Can you find out how a model reached a conclusion by asking it?',
		back: 'Not reliably: its self-reports can differ from its internal computation.',
		explanation:
			'Asked how it added 36+59, the model describes carrying the 1, which is not what its circuits do (§6), and §11 shows written reasoning that was guessed or worked backwards. Knowing how it arrived at an answer takes a look inside.',
		sources: {
			paper: ['6', '11'],
			evidence: [
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'If a model is going to assist with something as critical as medical diagnoses, we need to understand its reasoning process.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-trust-down',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A clinician learns the model’s internal steps do not support its written rationale. What should happen to their trust?',
		back: 'It should go down: the paper says interpretability can raise trust, “(or decrease, if appropriate!)”.',
		explanation:
			'Looking inside is not only a way to justify trust. The medical section says the point is to match trust to what the model actually does, as the hosts put it in the closing: "or not".',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	}
];
