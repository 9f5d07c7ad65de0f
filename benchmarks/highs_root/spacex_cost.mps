NAME        
ROWS
 N  Obj     
 E  one_orbit
 L  power_balance[leo_550_53]
 L  power_balance[sso_dawn_dusk_650]
 L  power_balance[sso_dawn_dusk_1200]
 L  battery_energy[leo_550_53]
 L  battery_energy[sso_dawn_dusk_650]
 L  battery_energy[sso_dawn_dusk_1200]
 L  heat_total[leo_550_53]
 L  heat_total[sso_dawn_dusk_650]
 L  heat_total[sso_dawn_dusk_1200]
 L  heat_by_temperature[leo_550_53,0]
 L  heat_by_temperature[leo_550_53,1]
 L  heat_by_temperature[leo_550_53,2]
 L  heat_by_temperature[sso_dawn_dusk_650,0]
 L  heat_by_temperature[sso_dawn_dusk_650,1]
 L  heat_by_temperature[sso_dawn_dusk_650,2]
 L  heat_by_temperature[sso_dawn_dusk_1200,0]
 L  heat_by_temperature[sso_dawn_dusk_1200,1]
 L  heat_by_temperature[sso_dawn_dusk_1200,2]
 L  mass_launched[leo_550_53]
 L  mass_launched[sso_dawn_dusk_650]
 L  mass_launched[sso_dawn_dusk_1200]
 L  volume_launched[leo_550_53]
 L  volume_launched[sso_dawn_dusk_650]
 L  volume_launched[sso_dawn_dusk_1200]
 L  hosting_it_bottom_up[leo_550_53]
 L  hosting_it_bottom_up[sso_dawn_dusk_650]
 L  hosting_it_bottom_up[sso_dawn_dusk_1200]
 L  hosting_it_top_down[leo_550_53]
 L  hosting_it_top_down[sso_dawn_dusk_650]
 L  hosting_it_top_down[sso_dawn_dusk_1200]
 L  td_eclipse_capacity[leo_550_53]
 L  td_eclipse_capacity[sso_dawn_dusk_650]
 L  td_eclipse_capacity[sso_dawn_dusk_1200]
 L  hosting_array[leo_550_53]
 L  hosting_array[sso_dawn_dusk_650]
 L  hosting_array[sso_dawn_dusk_1200]
 L  hosting_radiator[leo_550_53]
 L  hosting_radiator[sso_dawn_dusk_650]
 L  hosting_radiator[sso_dawn_dusk_1200]
 L  hosting_mass[leo_550_53]
 L  hosting_mass[sso_dawn_dusk_650]
 L  hosting_mass[sso_dawn_dusk_1200]
 L  scale_max
 G  scale_min
 L  limit[launch_cadence]
 L  compute.in_chosen_orbit[h100_sxm,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.td_hosted_le_installed[h100_sxm,leo_550_53]
 L  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_hosted_le_installed[b200_gb200,leo_550_53]
 L  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]
 L  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[h100_sxm,leo_550_53]
 L  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[b200_gb200,leo_550_53]
 L  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[tpu_v6e,leo_550_53]
 L  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[h100_sxm,leo_550_53]
 L  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[b200_gb200,leo_550_53]
 L  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]
 L  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[h100_sxm,leo_550_53]
 L  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[b200_gb200,leo_550_53]
 L  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]
 L  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]
 L  power_conditioning.serves_loads[leo_550_53]
 L  power_conditioning.serves_loads[sso_dawn_dusk_650]
 L  power_conditioning.serves_loads[sso_dawn_dusk_1200]
 L  launch.vehicle_capacity[starship,leo_550_53]
 L  launch.vehicle_capacity[starship,sso_dawn_dusk_650]
 L  launch.vehicle_capacity[starship,sso_dawn_dusk_1200]
 L  launch.vehicle_capacity[falcon9,leo_550_53]
 L  launch.vehicle_capacity[falcon9,sso_dawn_dusk_650]
 L  launch.vehicle_capacity[falcon9,sso_dawn_dusk_1200]
COLUMNS
    MARK0000  'MARKER'                 'INTORG'
    pick[leo_550_53,baseline_10mm_al]  one_orbit  1
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,leo_550_53,baseline_10mm_al]  -784313
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,leo_550_53,baseline_10mm_al]  -599880
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,baseline_10mm_al]  -1666666
    pick[leo_550_53,starcloud_1kg_per_kw]  one_orbit  1
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  -784313
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  -599880
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  -1666666
    pick[sso_dawn_dusk_650,baseline_10mm_al]  one_orbit  1
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  -784313
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  -599880
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  -1666666
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -784313
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -599880
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -1666666
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  one_orbit  1
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  -784313
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  -599880
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  -1666666
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -784313
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -599880
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -1666666
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  Obj       0.038260000000000002
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,0]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  mass_launched[leo_550_53]  0.016300000000000002
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  volume_launched[leo_550_53]  0.02
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  hosting_it_bottom_up[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  hosting_mass[leo_550_53]  0.016300000000000002
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  scale_max  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  scale_min  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,leo_550_53,baseline_10mm_al]  1
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,baseline_10mm_al]  -1
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  compute.td_hosted_le_installed[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  power_conditioning.serves_loads[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  Obj       0.03864250000000001
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,0]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  mass_launched[leo_550_53]  0.017575
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  volume_launched[leo_550_53]  0.02
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  hosting_it_bottom_up[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  hosting_mass[leo_550_53]  0.017575
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  1
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  -1
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  1.2749999999999999
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  Obj       0.038780000000000002
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  mass_launched[leo_550_53]  0.0189
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  volume_launched[leo_550_53]  0.021999999999999999
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  hosting_it_bottom_up[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  hosting_mass[leo_550_53]  0.0189
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  scale_max  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  scale_min  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,leo_550_53,baseline_10mm_al]  1
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,baseline_10mm_al]  -1
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  compute.td_hosted_le_installed[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  power_conditioning.serves_loads[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  Obj       0.039280100000000005
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  mass_launched[leo_550_53]  0.020567000000000002
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  volume_launched[leo_550_53]  0.021999999999999999
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  hosting_it_bottom_up[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  hosting_mass[leo_550_53]  0.020567000000000002
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  1
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  -1
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  1.667
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  Obj       0.017000000000000001
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,0]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  mass_launched[leo_550_53]  0.01
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  volume_launched[leo_550_53]  0.014999999999999999
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  hosting_it_bottom_up[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  hosting_mass[leo_550_53]  0.01
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,baseline_10mm_al]  1
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,baseline_10mm_al]  -1
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  power_conditioning.serves_loads[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  Obj       0.017179999999999997
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,0]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  mass_launched[leo_550_53]  0.0106
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  volume_launched[leo_550_53]  0.014999999999999999
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  hosting_it_bottom_up[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  hosting_mass[leo_550_53]  0.0106
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  1
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  -1
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  0.59999999999999998
    MARK0001  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,leo_550_53]  power_balance[leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_total[leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,0]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,1]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1
    compute.td_it[h100_sxm,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  hosting_it_top_down[leo_550_53]  1
    compute.td_it[h100_sxm,leo_550_53]  compute.td_hosted_le_installed[h100_sxm,leo_550_53]  1
    compute.td_it[h100_sxm,leo_550_53]  compute.td_eclipse_le_hosted[h100_sxm,leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1
    compute.td_it[h100_sxm,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    compute.td_it[b200_gb200,leo_550_53]  power_balance[leo_550_53]  -1
    compute.td_it[b200_gb200,leo_550_53]  heat_total[leo_550_53]  -1
    compute.td_it[b200_gb200,leo_550_53]  heat_by_temperature[leo_550_53,1]  -1
    compute.td_it[b200_gb200,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1
    compute.td_it[b200_gb200,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -1
    compute.td_it[b200_gb200,leo_550_53]  hosting_it_top_down[leo_550_53]  1
    compute.td_it[b200_gb200,leo_550_53]  compute.td_hosted_le_installed[b200_gb200,leo_550_53]  1
    compute.td_it[b200_gb200,leo_550_53]  compute.td_eclipse_le_hosted[b200_gb200,leo_550_53]  -1
    compute.td_it[b200_gb200,leo_550_53]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1
    compute.td_it[b200_gb200,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  power_balance[leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  heat_total[leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  heat_by_temperature[leo_550_53,0]  -1
    compute.td_it[tpu_v6e,leo_550_53]  heat_by_temperature[leo_550_53,1]  -1
    compute.td_it[tpu_v6e,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1
    compute.td_it[tpu_v6e,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  hosting_it_top_down[leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  compute.td_eclipse_le_hosted[tpu_v6e,leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    batteries.batt[li_ion_nmc,leo_550_53]  Obj       0.0030000000000000001
    batteries.batt[li_ion_nmc,leo_550_53]  power_balance[leo_550_53]  0.31088656982663815
    batteries.batt[li_ion_nmc,leo_550_53]  battery_energy[leo_550_53]  -0.28930952282978867
    batteries.batt[li_ion_nmc,leo_550_53]  mass_launched[leo_550_53]  0.0050000000000000001
    batteries.batt[li_ion_nmc,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    batteries.batt[li_ion_nmc,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  0.31088656982663815
    batteries.batt[li_ion_high_energy,leo_550_53]  Obj       0.0037547169811320757
    batteries.batt[li_ion_high_energy,leo_550_53]  power_balance[leo_550_53]  0.83352427793938977
    batteries.batt[li_ion_high_energy,leo_550_53]  battery_energy[leo_550_53]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,leo_550_53]  mass_launched[leo_550_53]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,leo_550_53]  hosting_mass[leo_550_53]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  0.83352427793938977
    MARK0002  'MARKER'                 'INTORG'
    buses.units[starlink_v2_compute,leo_550_53]  Obj       0.82299999999999995
    buses.units[starlink_v2_compute,leo_550_53]  power_balance[leo_550_53]  2
    buses.units[starlink_v2_compute,leo_550_53]  battery_energy[leo_550_53]  1.1870495270299486
    buses.units[starlink_v2_compute,leo_550_53]  heat_total[leo_550_53]  2
    buses.units[starlink_v2_compute,leo_550_53]  mass_launched[leo_550_53]  0.36499999999999999
    buses.units[starlink_v2_compute,leo_550_53]  volume_launched[leo_550_53]  3
    buses.units[starlink_v2_compute,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -20
    buses.units[starlink_v2_compute,leo_550_53]  hosting_array[leo_550_53]  -120
    buses.units[starlink_v2_compute,leo_550_53]  hosting_radiator[leo_550_53]  -60
    buses.units[starlink_v2_compute,leo_550_53]  hosting_mass[leo_550_53]  -0.80000000000000004
    buses.units[starlink_v2_compute,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  2
    buses.units[starlink_v3_compute,leo_550_53]  Obj       1.8100000000000001
    buses.units[starlink_v3_compute,leo_550_53]  power_balance[leo_550_53]  5
    buses.units[starlink_v3_compute,leo_550_53]  battery_energy[leo_550_53]  2.9676238175748715
    buses.units[starlink_v3_compute,leo_550_53]  heat_total[leo_550_53]  5
    buses.units[starlink_v3_compute,leo_550_53]  mass_launched[leo_550_53]  0.80000000000000004
    buses.units[starlink_v3_compute,leo_550_53]  volume_launched[leo_550_53]  8
    buses.units[starlink_v3_compute,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -100
    buses.units[starlink_v3_compute,leo_550_53]  hosting_array[leo_550_53]  -500
    buses.units[starlink_v3_compute,leo_550_53]  hosting_radiator[leo_550_53]  -200
    buses.units[starlink_v3_compute,leo_550_53]  hosting_mass[leo_550_53]  -3
    buses.units[starlink_v3_compute,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  5
    MARK0003  'MARKER'                 'INTEND'
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  Obj       0.0042000000000000006
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  power_balance[leo_550_53]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  heat_total[leo_550_53]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  heat_by_temperature[leo_550_53,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  mass_launched[leo_550_53]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  volume_launched[leo_550_53]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  hosting_mass[leo_550_53]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  Obj       0.002
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  power_balance[leo_550_53]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  heat_total[leo_550_53]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  heat_by_temperature[leo_550_53,2]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  mass_launched[leo_550_53]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  volume_launched[leo_550_53]  0.0030000000000000001
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    solar_arrays.area[silicon,leo_550_53]  Obj       0.0017622193621332097
    solar_arrays.area[silicon,leo_550_53]  power_balance[leo_550_53]  -0.23031282809744469
    solar_arrays.area[silicon,leo_550_53]  mass_launched[leo_550_53]  0.0020610968106660479
    solar_arrays.area[silicon,leo_550_53]  volume_launched[leo_550_53]  0.01
    solar_arrays.area[silicon,leo_550_53]  hosting_array[leo_550_53]  1
    solar_arrays.area[silicon,leo_550_53]  hosting_mass[leo_550_53]  0.002
    solar_arrays.area[triple_junction,leo_550_53]  Obj       0.052612219362133207
    solar_arrays.area[triple_junction,leo_550_53]  power_balance[leo_550_53]  -0.3180101797069031
    solar_arrays.area[triple_junction,leo_550_53]  mass_launched[leo_550_53]  0.0030610968106660479
    solar_arrays.area[triple_junction,leo_550_53]  volume_launched[leo_550_53]  0.02
    solar_arrays.area[triple_junction,leo_550_53]  hosting_array[leo_550_53]  1
    solar_arrays.area[triple_junction,leo_550_53]  hosting_mass[leo_550_53]  0.0030000000000000001
    MARK0004  'MARKER'                 'INTORG'
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  Obj       0.038260000000000002
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  mass_launched[sso_dawn_dusk_650]  0.016300000000000002
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  volume_launched[sso_dawn_dusk_650]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_650]  0.016300000000000002
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  -1
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       0.03864250000000001
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.017575
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.017575
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -1
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  Obj       0.038780000000000002
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  mass_launched[sso_dawn_dusk_650]  0.0189
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  volume_launched[sso_dawn_dusk_650]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_650]  0.0189
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  -1
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       0.039280100000000005
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.020567000000000002
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.020567000000000002
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -1
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.667
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  Obj       0.017000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  mass_launched[sso_dawn_dusk_650]  0.01
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  volume_launched[sso_dawn_dusk_650]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_650]  0.01
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       0.017179999999999997
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.0106
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.0106
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.59999999999999998
    MARK0005  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  hosting_it_top_down[sso_dawn_dusk_650]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  hosting_it_top_down[sso_dawn_dusk_650]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_650]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  hosting_it_top_down[sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  Obj       0.0030000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.2393090055068155
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.28930952282978867
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.2393090055068155
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  Obj       0.0037547169811320757
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.64161622076725167
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.64161622076725167
    MARK0006  'MARKER'                 'INTORG'
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  Obj       0.82299999999999995
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  2
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  0.65774323296280635
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  2
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.36499999999999999
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  3
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -20
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  -120
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  -60
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  -0.80000000000000004
    buses.units[starlink_v2_compute,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  2
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  Obj       1.8100000000000001
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  5
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  1.6443580824070159
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  5
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.80000000000000004
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  8
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -100
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  -500
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  -200
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  -3
    buses.units[starlink_v3_compute,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  5
    MARK0007  'MARKER'                 'INTEND'
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  Obj       0.0042000000000000006
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  Obj       0.002
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.0030000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    solar_arrays.area[silicon,sso_dawn_dusk_650]  Obj       0.0017505621232714354
    solar_arrays.area[silicon,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -0.23031282809744469
    solar_arrays.area[silicon,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0020028106163571769
    solar_arrays.area[silicon,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.01
    solar_arrays.area[silicon,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  1
    solar_arrays.area[silicon,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.002
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  Obj       0.052600562123271431
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -0.3180101797069031
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.003002810616357177
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  1
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0030000000000000001
    MARK0008  'MARKER'                 'INTORG'
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       0.038260000000000002
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  mass_launched[sso_dawn_dusk_1200]  0.016300000000000002
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  volume_launched[sso_dawn_dusk_1200]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_1200]  0.016300000000000002
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  -1
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       0.03864250000000001
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.017575
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.017575
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -1
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       0.038780000000000002
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  mass_launched[sso_dawn_dusk_1200]  0.0189
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  volume_launched[sso_dawn_dusk_1200]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_1200]  0.0189
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  -1
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       0.039280100000000005
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.020567000000000002
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.020567000000000002
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -1
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.667
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       0.017000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  mass_launched[sso_dawn_dusk_1200]  0.01
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  volume_launched[sso_dawn_dusk_1200]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_it_bottom_up[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  hosting_mass[sso_dawn_dusk_1200]  0.01
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       0.017179999999999997
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.0106
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.0106
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.59999999999999998
    MARK0009  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  hosting_it_top_down[sso_dawn_dusk_1200]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  hosting_it_top_down[sso_dawn_dusk_1200]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_1200]  -1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  hosting_it_top_down[sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  Obj       0.0030000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.18524421062017837
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.28930952282978867
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.18524421062017837
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  Obj       0.0037547169811320757
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.49666200436300184
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.49666200436300184
    MARK0010  'MARKER'                 'INTORG'
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  Obj       0.82299999999999995
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  2
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  0.28873662408691231
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  2
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.36499999999999999
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  3
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -20
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  -120
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  -60
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  -0.80000000000000004
    buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  2
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  Obj       1.8100000000000001
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  5
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  0.72184156021728074
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  5
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.80000000000000004
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  8
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -100
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  -500
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  -200
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  -3
    buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  5
    MARK0011  'MARKER'                 'INTEND'
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  Obj       0.0042000000000000006
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  Obj       0.002
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.030927835051546504
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.0030000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    power_conditioning.x[unregulated_direct_bus,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  Obj       0.0017500104265187144
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -0.23031282809744469
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002000052132593572
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.01
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  1
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.002
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  Obj       0.052600010426518712
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -0.3180101797069031
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.003000052132593572
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  1
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0030000000000000001
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.75674407348159223
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,baseline_10mm_al]  1
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.75674407348159223
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1.2749999999999999
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.98940578077946217
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,baseline_10mm_al]  1
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  -1.667
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1.667
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.98940578077946217
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  -1.667
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1.667
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.35611485810898458
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.35611485810898458
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  0.59999999999999998
    compute.td_ecl[h100_sxm,leo_550_53]  battery_energy[leo_550_53]  -0.5935247635149743
    compute.td_ecl[h100_sxm,leo_550_53]  td_eclipse_capacity[leo_550_53]  1
    compute.td_ecl[h100_sxm,leo_550_53]  compute.td_eclipse_le_hosted[h100_sxm,leo_550_53]  1
    compute.td_ecl[h100_sxm,leo_550_53]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  1
    compute.td_ecl[h100_sxm,leo_550_53]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  -1
    compute.td_ecl[b200_gb200,leo_550_53]  battery_energy[leo_550_53]  -0.5935247635149743
    compute.td_ecl[b200_gb200,leo_550_53]  td_eclipse_capacity[leo_550_53]  1
    compute.td_ecl[b200_gb200,leo_550_53]  compute.td_eclipse_le_hosted[b200_gb200,leo_550_53]  1
    compute.td_ecl[b200_gb200,leo_550_53]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  1
    compute.td_ecl[b200_gb200,leo_550_53]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  -1
    compute.td_ecl[tpu_v6e,leo_550_53]  battery_energy[leo_550_53]  -0.5935247635149743
    compute.td_ecl[tpu_v6e,leo_550_53]  td_eclipse_capacity[leo_550_53]  1
    compute.td_ecl[tpu_v6e,leo_550_53]  compute.td_eclipse_le_hosted[tpu_v6e,leo_550_53]  1
    compute.td_ecl[tpu_v6e,leo_550_53]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  1
    compute.td_ecl[tpu_v6e,leo_550_53]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  -1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.41931131101378899
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.41931131101378899
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1.2749999999999999
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.5482289846744991
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.5482289846744991
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1.667
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.1973229698888419
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.1973229698888419
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  0.59999999999999998
    compute.td_ecl[h100_sxm,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.32887161648140317
    compute.td_ecl[h100_sxm,sso_dawn_dusk_650]  td_eclipse_capacity[sso_dawn_dusk_650]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_650]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_650]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_650]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  -1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.32887161648140317
    compute.td_ecl[b200_gb200,sso_dawn_dusk_650]  td_eclipse_capacity[sso_dawn_dusk_650]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_650]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_650]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_650]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  -1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.32887161648140317
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_650]  td_eclipse_capacity[sso_dawn_dusk_650]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_650]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_650]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  -1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.18406959785540658
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.18406959785540658
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1.2749999999999999
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.24066197617644142
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.24066197617644142
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1.667
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.086620987226073684
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.086620987226073684
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  0.59999999999999998
    compute.td_ecl[h100_sxm,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.14436831204345615
    compute.td_ecl[h100_sxm,sso_dawn_dusk_1200]  td_eclipse_capacity[sso_dawn_dusk_1200]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_1200]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_1200]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  1
    compute.td_ecl[h100_sxm,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  -1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.14436831204345615
    compute.td_ecl[b200_gb200,sso_dawn_dusk_1200]  td_eclipse_capacity[sso_dawn_dusk_1200]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_1200]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_1200]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  1
    compute.td_ecl[b200_gb200,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  -1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.14436831204345615
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_1200]  td_eclipse_capacity[sso_dawn_dusk_1200]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_1200]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_ecl[tpu_v6e,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  -1
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_total[leo_550_53]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_total[leo_550_53]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_total[leo_550_53]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_total[leo_550_53]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  heat_total[leo_550_53]  -1.0493844771923275
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1.0493844771923275
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  Obj       0.0060122193621332098
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  heat_total[leo_550_53]  -1.2029081634744268
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  mass_launched[leo_550_53]  0.0050610968106660483
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_total[leo_550_53]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@290K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@290K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@290K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_total[leo_550_53]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@300K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@300K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@300K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_total[leo_550_53]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@310K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@310K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@310K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_total[leo_550_53]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@320K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@320K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@320K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@330K,leo_550_53]  heat_total[leo_550_53]  -1.1121124033316676
    radiators.rad[lightweight_composite@330K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1.1121124033316676
    radiators.rad[lightweight_composite@330K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@330K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@330K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@330K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,leo_550_53]  Obj       0.01051221936213321
    radiators.rad[lightweight_composite@340K,leo_550_53]  heat_total[leo_550_53]  -1.2690477270867024
    radiators.rad[lightweight_composite@340K,leo_550_53]  mass_launched[leo_550_53]  0.0025610968106660479
    radiators.rad[lightweight_composite@340K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@340K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@340K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.0726404262247167
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1.0726404262247167
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  Obj       0.0060005621232714357
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.2261641125068161
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005002810616357177
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.123590849160131
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1.123590849160131
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  Obj       0.010500562123271436
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.280526172915166
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025028106163571769
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.1041541492955467
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.1041541492955467
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  Obj       0.0060000104265187145
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.2576778355776459
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000052132593572
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.1535250377182604
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.1535250377182604
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  Obj       0.010500010426518715
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.3104603614732953
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500052132593572
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    MARK0012  'MARKER'                 'INTORG'
    buses.units[starlink_v2_topdown,leo_550_53]  Obj       0.82498973305954826
    buses.units[starlink_v2_topdown,leo_550_53]  mass_launched[leo_550_53]  0.57494866529774125
    buses.units[starlink_v2_topdown,leo_550_53]  volume_launched[leo_550_53]  4
    buses.units[starlink_v2_topdown,leo_550_53]  hosting_it_top_down[leo_550_53]  -28
    buses.units[starlink_v2_topdown,leo_550_53]  hosting_mass[leo_550_53]  -0.4946666666666667
    MARK0013  'MARKER'                 'INTEND'
    launch.carried[starship,leo_550_53]  Obj       0.46000000000000002
    launch.carried[starship,leo_550_53]  mass_launched[leo_550_53]  -1
    launch.carried[starship,leo_550_53]  launch.vehicle_capacity[starship,leo_550_53]  1
    launch.carried[falcon9,leo_550_53]  mass_launched[leo_550_53]  -1
    launch.carried[falcon9,leo_550_53]  launch.vehicle_capacity[falcon9,leo_550_53]  1
    MARK0014  'MARKER'                 'INTORG'
    buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  Obj       0.82498973305954826
    buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.57494866529774125
    buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  4
    buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  hosting_it_top_down[sso_dawn_dusk_650]  -28
    buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  -0.4946666666666667
    MARK0015  'MARKER'                 'INTEND'
    launch.carried[starship,sso_dawn_dusk_650]  Obj       0.46000000000000002
    launch.carried[starship,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  -1
    launch.carried[starship,sso_dawn_dusk_650]  launch.vehicle_capacity[starship,sso_dawn_dusk_650]  1
    launch.carried[falcon9,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  -1
    launch.carried[falcon9,sso_dawn_dusk_650]  launch.vehicle_capacity[falcon9,sso_dawn_dusk_650]  1
    MARK0016  'MARKER'                 'INTORG'
    buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  Obj       0.82498973305954826
    buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.57494866529774125
    buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  4
    buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  hosting_it_top_down[sso_dawn_dusk_1200]  -28
    buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  -0.4946666666666667
    MARK0017  'MARKER'                 'INTEND'
    launch.carried[starship,sso_dawn_dusk_1200]  Obj       0.46000000000000002
    launch.carried[starship,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  -1
    launch.carried[starship,sso_dawn_dusk_1200]  launch.vehicle_capacity[starship,sso_dawn_dusk_1200]  1
    launch.carried[falcon9,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  -1
    launch.carried[falcon9,sso_dawn_dusk_1200]  launch.vehicle_capacity[falcon9,sso_dawn_dusk_1200]  1
    MARK0018  'MARKER'                 'INTORG'
    launch.launches[starship,leo_550_53]  volume_launched[leo_550_53]  -1100
    launch.launches[starship,leo_550_53]  limit[launch_cadence]  1
    launch.launches[starship,leo_550_53]  launch.vehicle_capacity[starship,leo_550_53]  -100
    launch.launches[falcon9,leo_550_53]  Obj       70
    launch.launches[falcon9,leo_550_53]  volume_launched[leo_550_53]  -145
    launch.launches[falcon9,leo_550_53]  limit[launch_cadence]  1
    launch.launches[falcon9,leo_550_53]  launch.vehicle_capacity[falcon9,leo_550_53]  -16.699999999999999
    launch.launches[starship,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  -1100
    launch.launches[starship,sso_dawn_dusk_650]  limit[launch_cadence]  1
    launch.launches[starship,sso_dawn_dusk_650]  launch.vehicle_capacity[starship,sso_dawn_dusk_650]  -85
    launch.launches[falcon9,sso_dawn_dusk_650]  Obj       70
    launch.launches[falcon9,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  -145
    launch.launches[falcon9,sso_dawn_dusk_650]  limit[launch_cadence]  1
    launch.launches[falcon9,sso_dawn_dusk_650]  launch.vehicle_capacity[falcon9,sso_dawn_dusk_650]  -14.199999999999999
    launch.launches[starship,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  -1100
    launch.launches[starship,sso_dawn_dusk_1200]  limit[launch_cadence]  1
    launch.launches[starship,sso_dawn_dusk_1200]  launch.vehicle_capacity[starship,sso_dawn_dusk_1200]  -75
    launch.launches[falcon9,sso_dawn_dusk_1200]  Obj       70
    launch.launches[falcon9,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  -145
    launch.launches[falcon9,sso_dawn_dusk_1200]  limit[launch_cadence]  1
    launch.launches[falcon9,sso_dawn_dusk_1200]  launch.vehicle_capacity[falcon9,sso_dawn_dusk_1200]  -12.5
    slack[scale_min]  Obj       0
    slack[launch_cadence]  Obj       0
    MARK0019  'MARKER'                 'INTEND'
RHS
    RHS_V     Obj       -3000
    RHS_V     one_orbit  1
    RHS_V     scale_max  1000000
    RHS_V     scale_min  500000
    RHS_V     limit[launch_cadence]  1200
BOUNDS
 BV BOUND     pick[leo_550_53,baseline_10mm_al]
 BV BOUND     pick[leo_550_53,starcloud_1kg_per_kw]
 BV BOUND     pick[sso_dawn_dusk_650,baseline_10mm_al]
 BV BOUND     pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]
 BV BOUND     pick[sso_dawn_dusk_1200,baseline_10mm_al]
 BV BOUND     pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 LI BOUND     compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     buses.units[starlink_v2_compute,leo_550_53]  0
 LI BOUND     buses.units[starlink_v3_compute,leo_550_53]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     buses.units[starlink_v2_compute,sso_dawn_dusk_650]  0
 LI BOUND     buses.units[starlink_v3_compute,sso_dawn_dusk_650]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     buses.units[starlink_v2_compute,sso_dawn_dusk_1200]  0
 LI BOUND     buses.units[starlink_v3_compute,sso_dawn_dusk_1200]  0
 LI BOUND     buses.units[starlink_v2_topdown,leo_550_53]  0
 LI BOUND     buses.units[starlink_v2_topdown,sso_dawn_dusk_650]  0
 LI BOUND     buses.units[starlink_v2_topdown,sso_dawn_dusk_1200]  0
 LI BOUND     launch.launches[starship,leo_550_53]  0
 LI BOUND     launch.launches[falcon9,leo_550_53]  0
 LI BOUND     launch.launches[starship,sso_dawn_dusk_650]  0
 LI BOUND     launch.launches[falcon9,sso_dawn_dusk_650]  0
 LI BOUND     launch.launches[starship,sso_dawn_dusk_1200]  0
 LI BOUND     launch.launches[falcon9,sso_dawn_dusk_1200]  0
 FX BOUND     slack[scale_min]  0
 FX BOUND     slack[launch_cadence]  0
ENDATA
