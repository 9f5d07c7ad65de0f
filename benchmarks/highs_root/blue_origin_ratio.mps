NAME        
ROWS
 N  Obj     
 E  one_orbit
 L  power_balance[sso_dawn_dusk_650]
 L  power_balance[sso_dawn_dusk_1200]
 L  power_balance[leo_550_53]
 L  power_balance[geo]
 L  battery_energy[sso_dawn_dusk_650]
 L  battery_energy[sso_dawn_dusk_1200]
 L  battery_energy[leo_550_53]
 L  battery_energy[geo]
 L  heat_total[sso_dawn_dusk_650]
 L  heat_total[sso_dawn_dusk_1200]
 L  heat_total[leo_550_53]
 L  heat_total[geo]
 L  heat_by_temperature[sso_dawn_dusk_650,0]
 L  heat_by_temperature[sso_dawn_dusk_650,1]
 L  heat_by_temperature[sso_dawn_dusk_650,2]
 L  heat_by_temperature[sso_dawn_dusk_650,3]
 L  heat_by_temperature[sso_dawn_dusk_1200,0]
 L  heat_by_temperature[sso_dawn_dusk_1200,1]
 L  heat_by_temperature[sso_dawn_dusk_1200,2]
 L  heat_by_temperature[sso_dawn_dusk_1200,3]
 L  heat_by_temperature[leo_550_53,0]
 L  heat_by_temperature[leo_550_53,1]
 L  heat_by_temperature[leo_550_53,2]
 L  heat_by_temperature[leo_550_53,3]
 L  heat_by_temperature[geo,0]
 L  heat_by_temperature[geo,1]
 L  heat_by_temperature[geo,2]
 L  heat_by_temperature[geo,3]
 L  mass_launched[sso_dawn_dusk_650]
 L  mass_launched[sso_dawn_dusk_1200]
 L  mass_launched[leo_550_53]
 L  mass_launched[geo]
 L  volume_launched[sso_dawn_dusk_650]
 L  volume_launched[sso_dawn_dusk_1200]
 L  volume_launched[leo_550_53]
 L  volume_launched[geo]
 L  hosting_it_bottom_up[sso_dawn_dusk_650]
 L  hosting_it_bottom_up[sso_dawn_dusk_1200]
 L  hosting_it_bottom_up[leo_550_53]
 L  hosting_it_bottom_up[geo]
 L  hosting_it_top_down[sso_dawn_dusk_650]
 L  hosting_it_top_down[sso_dawn_dusk_1200]
 L  hosting_it_top_down[leo_550_53]
 L  hosting_it_top_down[geo]
 L  td_eclipse_capacity[sso_dawn_dusk_650]
 L  td_eclipse_capacity[sso_dawn_dusk_1200]
 L  td_eclipse_capacity[leo_550_53]
 L  td_eclipse_capacity[geo]
 L  hosting_array[sso_dawn_dusk_650]
 L  hosting_array[sso_dawn_dusk_1200]
 L  hosting_array[leo_550_53]
 L  hosting_array[geo]
 L  hosting_radiator[sso_dawn_dusk_650]
 L  hosting_radiator[sso_dawn_dusk_1200]
 L  hosting_radiator[leo_550_53]
 L  hosting_radiator[geo]
 L  hosting_mass[sso_dawn_dusk_650]
 L  hosting_mass[sso_dawn_dusk_1200]
 L  hosting_mass[leo_550_53]
 L  hosting_mass[geo]
 L  scale_max
 G  scale_min
 L  limit[launch_cadence]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,leo_550_53,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,geo,baseline_10mm_al]
 L  compute.in_chosen_orbit[h100_sxm,geo,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[h100_sxm,geo,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,leo_550_53,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,geo,baseline_10mm_al]
 L  compute.in_chosen_orbit[b200_gb200,geo,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[b200_gb200,geo,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,leo_550_53,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,leo_550_53,heavy_5kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,geo,baseline_10mm_al]
 L  compute.in_chosen_orbit[tpu_v6e,geo,starcloud_1kg_per_kw]
 L  compute.in_chosen_orbit[tpu_v6e,geo,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,geo,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[h100_sxm,geo,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[h100_sxm,geo,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,geo,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[b200_gb200,geo,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[b200_gb200,geo,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,heavy_5kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,geo,baseline_10mm_al]
 L  compute.eclipse_running_le_installed[tpu_v6e,geo,starcloud_1kg_per_kw]
 L  compute.eclipse_running_le_installed[tpu_v6e,geo,heavy_5kg_per_kw]
 L  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_hosted_le_installed[h100_sxm,leo_550_53]
 L  compute.td_hosted_le_installed[h100_sxm,geo]
 L  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_hosted_le_installed[b200_gb200,leo_550_53]
 L  compute.td_hosted_le_installed[b200_gb200,geo]
 L  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]
 L  compute.td_hosted_le_installed[tpu_v6e,geo]
 L  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[h100_sxm,leo_550_53]
 L  compute.td_eclipse_le_hosted[h100_sxm,geo]
 L  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[b200_gb200,leo_550_53]
 L  compute.td_eclipse_le_hosted[b200_gb200,geo]
 L  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_hosted[tpu_v6e,leo_550_53]
 L  compute.td_eclipse_le_hosted[tpu_v6e,geo]
 L  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[h100_sxm,leo_550_53]
 L  compute.td_eclipse_le_running[h100_sxm,geo]
 L  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[b200_gb200,leo_550_53]
 L  compute.td_eclipse_le_running[b200_gb200,geo]
 L  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]
 L  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]
 L  compute.td_eclipse_le_running[tpu_v6e,geo]
 L  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[h100_sxm,leo_550_53]
 L  compute.eclipse_bottom_up[h100_sxm,geo]
 L  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[b200_gb200,leo_550_53]
 L  compute.eclipse_bottom_up[b200_gb200,geo]
 L  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]
 L  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]
 L  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]
 L  compute.eclipse_bottom_up[tpu_v6e,geo]
 L  power_conditioning.serves_loads[sso_dawn_dusk_650]
 L  power_conditioning.serves_loads[sso_dawn_dusk_1200]
 L  power_conditioning.serves_loads[leo_550_53]
 L  power_conditioning.serves_loads[geo]
 L  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_650]
 L  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_1200]
 L  launch.vehicle_capacity[new_glenn,leo_550_53]
 L  launch.vehicle_capacity[new_glenn,geo]
COLUMNS
    MARK0000  'MARKER'                 'INTORG'
    pick[sso_dawn_dusk_650,baseline_10mm_al]  one_orbit  1
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  -784313
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  -599880
    pick[sso_dawn_dusk_650,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  -1666666
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -784313
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -599880
    pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  -1666666
    pick[sso_dawn_dusk_650,heavy_5kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  -784313
    pick[sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  -599880
    pick[sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  -1666666
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  one_orbit  1
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  -784313
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  -599880
    pick[sso_dawn_dusk_1200,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  -1666666
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -784313
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -599880
    pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  -1666666
    pick[sso_dawn_dusk_1200,heavy_5kg_per_kw]  one_orbit  1
    pick[sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -784313
    pick[sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -599880
    pick[sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -1666666
    pick[leo_550_53,baseline_10mm_al]  one_orbit  1
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,leo_550_53,baseline_10mm_al]  -784313
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,leo_550_53,baseline_10mm_al]  -599880
    pick[leo_550_53,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,baseline_10mm_al]  -1666666
    pick[leo_550_53,starcloud_1kg_per_kw]  one_orbit  1
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  -784313
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  -599880
    pick[leo_550_53,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  -1666666
    pick[leo_550_53,heavy_5kg_per_kw]  one_orbit  1
    pick[leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,leo_550_53,heavy_5kg_per_kw]  -784313
    pick[leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,leo_550_53,heavy_5kg_per_kw]  -599880
    pick[leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  -1666666
    pick[geo,baseline_10mm_al]  one_orbit  1
    pick[geo,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,geo,baseline_10mm_al]  -784313
    pick[geo,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,geo,baseline_10mm_al]  -599880
    pick[geo,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,geo,baseline_10mm_al]  -1666666
    pick[geo,starcloud_1kg_per_kw]  one_orbit  1
    pick[geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,geo,starcloud_1kg_per_kw]  -784313
    pick[geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,geo,starcloud_1kg_per_kw]  -599880
    pick[geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,geo,starcloud_1kg_per_kw]  -1666666
    pick[geo,heavy_5kg_per_kw]  one_orbit  1
    pick[geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,geo,heavy_5kg_per_kw]  -784313
    pick[geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,geo,heavy_5kg_per_kw]  -599880
    pick[geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,geo,heavy_5kg_per_kw]  -1666666
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.065738878783067653
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,3]  1.2749999999999999
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
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.065198263521434235
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  1.2749999999999999
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
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.062400860457731369
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.022675000000000001
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.022675000000000001
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  -1
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.2749999999999999
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.230799946367714
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,3]  1.667
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
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.23036694742526348
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  1.667
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
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.22702994150083761
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.027235000000000002
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.027235000000000002
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  -1
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  1.667
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.081071780306224597
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  power_balance[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_total[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_650,3]  0.59999999999999998
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
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.08092005653455675
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  0.59999999999999998
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
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.079723801719107576
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_650,3]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_650]  0.013000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_650]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_650]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_650]  0.013000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.59999999999999998
    MARK0001  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1
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
    compute.td_it[b200_gb200,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1
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
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  hosting_it_top_down[sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_650]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  Obj       0.0045000000000000005
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.2393090055068155
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.28930952282978867
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.2393090055068155
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  Obj       0.0048867924528301892
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.64161622076725167
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  0.64161622076725167
    MARK0002  'MARKER'                 'INTORG'
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  Obj       47
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  20
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  battery_energy[sso_dawn_dusk_650]  6.5774323296280635
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  20
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  8
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  150
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  hosting_it_bottom_up[sso_dawn_dusk_650]  -1000
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  -5000
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  -1500
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  -40
    buses.units[assembled_platform_module,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  20
    MARK0003  'MARKER'                 'INTEND'
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  Obj       0.0032500000000000003
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.0030000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  Obj       0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_650]  power_conditioning.serves_loads[sso_dawn_dusk_650]  -1
    solar_arrays.area[silicon,sso_dawn_dusk_650]  Obj       0.002351756635223236
    solar_arrays.area[silicon,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -0.23031282809744469
    solar_arrays.area[silicon,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0020035132704464714
    solar_arrays.area[silicon,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.01
    solar_arrays.area[silicon,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  1
    solar_arrays.area[silicon,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.002
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  Obj       0.053501756635223233
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  power_balance[sso_dawn_dusk_650]  -0.3180101797069031
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0030035132704464714
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  hosting_array[sso_dawn_dusk_650]  1
    solar_arrays.area[triple_junction,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0030000000000000001
    MARK0004  'MARKER'                 'INTORG'
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.060447539909009626
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.2749999999999999
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
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.062483175655489123
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.2749999999999999
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
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.062827212314851513
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.022675000000000001
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.02
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.022675000000000001
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -1
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.2749999999999999
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.2174244689307625
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.667
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
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.22350373239506854
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.667
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
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.22810767622561057
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.027235000000000002
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.021999999999999999
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.027235000000000002
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -1
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  1.667
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.076160304991375966
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  power_balance[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_total[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  heat_by_temperature[sso_dawn_dusk_1200,3]  0.59999999999999998
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
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.078399883975469181
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  power_balance[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_total[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  0.59999999999999998
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
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.080119545910044179
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_balance[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_total[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,0]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,1]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  heat_by_temperature[sso_dawn_dusk_1200,3]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  mass_launched[sso_dawn_dusk_1200]  0.013000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  volume_launched[sso_dawn_dusk_1200]  0.014999999999999999
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_it_bottom_up[sso_dawn_dusk_1200]  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  hosting_mass[sso_dawn_dusk_1200]  0.013000000000000001
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  -1
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.59999999999999998
    MARK0005  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1
    compute.td_it[h100_sxm,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1
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
    compute.td_it[b200_gb200,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1
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
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  hosting_it_top_down[sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.td_hosted_le_installed[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.td_eclipse_le_hosted[tpu_v6e,sso_dawn_dusk_1200]  -1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  1
    compute.td_it[tpu_v6e,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  Obj       0.0045000000000000005
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.18524421062017837
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.28930952282978867
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    batteries.batt[li_ion_nmc,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.18524421062017837
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  Obj       0.0048867924528301892
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.49666200436300184
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  0.49666200436300184
    MARK0006  'MARKER'                 'INTORG'
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  Obj       47
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  20
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  battery_energy[sso_dawn_dusk_1200]  2.887366240869123
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  20
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  8
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  150
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  hosting_it_bottom_up[sso_dawn_dusk_1200]  -1000
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  -5000
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  -1500
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  -40
    buses.units[assembled_platform_module,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  20
    MARK0007  'MARKER'                 'INTEND'
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  Obj       0.0032500000000000003
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.0030000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  Obj       0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,sso_dawn_dusk_1200]  power_conditioning.serves_loads[sso_dawn_dusk_1200]  -1
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  Obj       0.0023500325828709825
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -0.23031282809744469
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.0020000651657419649
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.01
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  1
    solar_arrays.area[silicon,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.002
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  Obj       0.053500032582870977
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  power_balance[sso_dawn_dusk_1200]  -0.3180101797069031
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.003000065165741965
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  hosting_array[sso_dawn_dusk_1200]  1
    solar_arrays.area[triple_junction,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0030000000000000001
    MARK0008  'MARKER'                 'INTORG'
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  Obj       -0.034878672253285323
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,0]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,3]  1.2749999999999999
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
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.034220911979295568
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,0]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,3]  1.2749999999999999
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
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  Obj       -0.031286284529052355
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  power_balance[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  heat_total[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,0]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,3]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  mass_launched[leo_550_53]  0.022675000000000001
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  volume_launched[leo_550_53]  0.02
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  hosting_it_bottom_up[leo_550_53]  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  hosting_mass[leo_550_53]  0.022675000000000001
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,leo_550_53,heavy_5kg_per_kw]  1
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,heavy_5kg_per_kw]  -1
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  1.2749999999999999
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  Obj       -0.1527913353217526
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  1.667
    compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,3]  1.667
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
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.15206221653006968
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.667
    compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,3]  1.667
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
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  Obj       -0.14837833399659339
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  power_balance[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  heat_total[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,1]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,2]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,3]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  mass_launched[leo_550_53]  0.027235000000000002
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  volume_launched[leo_550_53]  0.021999999999999999
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  hosting_it_bottom_up[leo_550_53]  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  hosting_mass[leo_550_53]  0.027235000000000002
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,leo_550_53,heavy_5kg_per_kw]  1
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,heavy_5kg_per_kw]  -1
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  -1.667
    compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  1.667
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  Obj       -0.05242701833014754
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  power_balance[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_total[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,0]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,1]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,2]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  heat_by_temperature[leo_550_53,3]  0.59999999999999998
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
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.052166559349841587
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  power_balance[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_total[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,0]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,1]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,2]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  heat_by_temperature[leo_550_53,3]  0.59999999999999998
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
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  Obj       -0.050842931443549108
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  power_balance[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  heat_total[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,0]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,1]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,2]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  heat_by_temperature[leo_550_53,3]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  mass_launched[leo_550_53]  0.013000000000000001
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  volume_launched[leo_550_53]  0.014999999999999999
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  hosting_it_bottom_up[leo_550_53]  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  hosting_mass[leo_550_53]  0.013000000000000001
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  1
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  -1
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  power_conditioning.serves_loads[leo_550_53]  0.59999999999999998
    MARK0009  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,leo_550_53]  power_balance[leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_total[leo_550_53]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,0]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,1]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1
    compute.td_it[h100_sxm,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1
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
    compute.td_it[b200_gb200,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1
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
    compute.td_it[tpu_v6e,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1
    compute.td_it[tpu_v6e,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  hosting_it_top_down[leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  compute.td_hosted_le_installed[tpu_v6e,leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  compute.td_eclipse_le_hosted[tpu_v6e,leo_550_53]  -1
    compute.td_it[tpu_v6e,leo_550_53]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  1
    compute.td_it[tpu_v6e,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    batteries.batt[li_ion_nmc,leo_550_53]  Obj       0.0045000000000000005
    batteries.batt[li_ion_nmc,leo_550_53]  power_balance[leo_550_53]  0.31088656982663815
    batteries.batt[li_ion_nmc,leo_550_53]  battery_energy[leo_550_53]  -0.28930952282978867
    batteries.batt[li_ion_nmc,leo_550_53]  mass_launched[leo_550_53]  0.0050000000000000001
    batteries.batt[li_ion_nmc,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    batteries.batt[li_ion_nmc,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  0.31088656982663815
    batteries.batt[li_ion_high_energy,leo_550_53]  Obj       0.0048867924528301892
    batteries.batt[li_ion_high_energy,leo_550_53]  power_balance[leo_550_53]  0.83352427793938977
    batteries.batt[li_ion_high_energy,leo_550_53]  battery_energy[leo_550_53]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,leo_550_53]  mass_launched[leo_550_53]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,leo_550_53]  hosting_mass[leo_550_53]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  0.83352427793938977
    MARK0010  'MARKER'                 'INTORG'
    buses.units[assembled_platform_module,leo_550_53]  Obj       47
    buses.units[assembled_platform_module,leo_550_53]  power_balance[leo_550_53]  20
    buses.units[assembled_platform_module,leo_550_53]  battery_energy[leo_550_53]  11.870495270299486
    buses.units[assembled_platform_module,leo_550_53]  heat_total[leo_550_53]  20
    buses.units[assembled_platform_module,leo_550_53]  mass_launched[leo_550_53]  8
    buses.units[assembled_platform_module,leo_550_53]  volume_launched[leo_550_53]  150
    buses.units[assembled_platform_module,leo_550_53]  hosting_it_bottom_up[leo_550_53]  -1000
    buses.units[assembled_platform_module,leo_550_53]  hosting_array[leo_550_53]  -5000
    buses.units[assembled_platform_module,leo_550_53]  hosting_radiator[leo_550_53]  -1500
    buses.units[assembled_platform_module,leo_550_53]  hosting_mass[leo_550_53]  -40
    buses.units[assembled_platform_module,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  20
    MARK0011  'MARKER'                 'INTEND'
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  Obj       0.0032500000000000003
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  power_balance[leo_550_53]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  heat_total[leo_550_53]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  heat_by_temperature[leo_550_53,3]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  mass_launched[leo_550_53]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  volume_launched[leo_550_53]  0.0030000000000000001
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  Obj       0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  power_balance[leo_550_53]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  heat_total[leo_550_53]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  heat_by_temperature[leo_550_53,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  heat_by_temperature[leo_550_53,3]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  mass_launched[leo_550_53]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  volume_launched[leo_550_53]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  hosting_mass[leo_550_53]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,leo_550_53]  power_conditioning.serves_loads[leo_550_53]  -1
    solar_arrays.area[silicon,leo_550_53]  Obj       0.0023881855066662802
    solar_arrays.area[silicon,leo_550_53]  power_balance[leo_550_53]  -0.23031282809744469
    solar_arrays.area[silicon,leo_550_53]  mass_launched[leo_550_53]  0.0020763710133325599
    solar_arrays.area[silicon,leo_550_53]  volume_launched[leo_550_53]  0.01
    solar_arrays.area[silicon,leo_550_53]  hosting_array[leo_550_53]  1
    solar_arrays.area[silicon,leo_550_53]  hosting_mass[leo_550_53]  0.002
    solar_arrays.area[triple_junction,leo_550_53]  Obj       0.05353818550666628
    solar_arrays.area[triple_junction,leo_550_53]  power_balance[leo_550_53]  -0.3180101797069031
    solar_arrays.area[triple_junction,leo_550_53]  mass_launched[leo_550_53]  0.0030763710133325599
    solar_arrays.area[triple_junction,leo_550_53]  volume_launched[leo_550_53]  0.02
    solar_arrays.area[triple_junction,leo_550_53]  hosting_array[leo_550_53]  1
    solar_arrays.area[triple_junction,leo_550_53]  hosting_mass[leo_550_53]  0.0030000000000000001
    MARK0012  'MARKER'                 'INTORG'
    compute.n[h100_sxm,geo,baseline_10mm_al]  Obj       -0.060109800142521361
    compute.n[h100_sxm,geo,baseline_10mm_al]  power_balance[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  heat_total[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  heat_by_temperature[geo,0]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  heat_by_temperature[geo,1]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  heat_by_temperature[geo,2]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  heat_by_temperature[geo,3]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  mass_launched[geo]  0.016300000000000002
    compute.n[h100_sxm,geo,baseline_10mm_al]  volume_launched[geo]  0.02
    compute.n[h100_sxm,geo,baseline_10mm_al]  hosting_it_bottom_up[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  hosting_mass[geo]  0.016300000000000002
    compute.n[h100_sxm,geo,baseline_10mm_al]  scale_max  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  scale_min  1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  compute.in_chosen_orbit[h100_sxm,geo,baseline_10mm_al]  1
    compute.n[h100_sxm,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,geo,baseline_10mm_al]  -1
    compute.n[h100_sxm,geo,baseline_10mm_al]  compute.td_hosted_le_installed[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,baseline_10mm_al]  power_conditioning.serves_loads[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  Obj       -0.062136305497836497
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  power_balance[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  heat_total[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,0]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,1]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,2]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,3]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  mass_launched[geo]  0.017575
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  volume_launched[geo]  0.02
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  hosting_it_bottom_up[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  hosting_mass[geo]  0.017575
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[h100_sxm,geo,starcloud_1kg_per_kw]  1
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,geo,starcloud_1kg_per_kw]  -1
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  power_conditioning.serves_loads[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  Obj       -0.062469244610409064
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  power_balance[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  heat_total[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,0]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,1]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,2]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,3]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  mass_launched[geo]  0.022675000000000001
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  volume_launched[geo]  0.02
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  hosting_it_bottom_up[geo]  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  hosting_mass[geo]  0.022675000000000001
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  scale_max  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  scale_min  1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[h100_sxm,geo,heavy_5kg_per_kw]  1
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,geo,heavy_5kg_per_kw]  -1
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  compute.td_hosted_le_installed[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,geo]  -1.2749999999999999
    compute.n[h100_sxm,geo,heavy_5kg_per_kw]  power_conditioning.serves_loads[geo]  1.2749999999999999
    compute.n[b200_gb200,geo,baseline_10mm_al]  Obj       -0.21657072836835534
    compute.n[b200_gb200,geo,baseline_10mm_al]  power_balance[geo]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  heat_total[geo]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  heat_by_temperature[geo,1]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  heat_by_temperature[geo,2]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  heat_by_temperature[geo,3]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  mass_launched[geo]  0.0189
    compute.n[b200_gb200,geo,baseline_10mm_al]  volume_launched[geo]  0.021999999999999999
    compute.n[b200_gb200,geo,baseline_10mm_al]  hosting_it_bottom_up[geo]  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  hosting_mass[geo]  0.0189
    compute.n[b200_gb200,geo,baseline_10mm_al]  scale_max  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  scale_min  1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  compute.in_chosen_orbit[b200_gb200,geo,baseline_10mm_al]  1
    compute.n[b200_gb200,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,geo,baseline_10mm_al]  -1
    compute.n[b200_gb200,geo,baseline_10mm_al]  compute.td_hosted_le_installed[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,baseline_10mm_al]  power_conditioning.serves_loads[geo]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  Obj       -0.22262691197633089
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  power_balance[geo]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  heat_total[geo]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,1]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,2]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,3]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  mass_launched[geo]  0.020567000000000002
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  volume_launched[geo]  0.021999999999999999
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  hosting_it_bottom_up[geo]  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  hosting_mass[geo]  0.020567000000000002
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[b200_gb200,geo,starcloud_1kg_per_kw]  1
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,geo,starcloud_1kg_per_kw]  -1
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  power_conditioning.serves_loads[geo]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  Obj       -0.2272028033630159
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  power_balance[geo]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  heat_total[geo]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,1]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,2]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,3]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  mass_launched[geo]  0.027235000000000002
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  volume_launched[geo]  0.021999999999999999
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  hosting_it_bottom_up[geo]  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  hosting_mass[geo]  0.027235000000000002
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  scale_max  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  scale_min  1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[b200_gb200,geo,heavy_5kg_per_kw]  1
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,geo,heavy_5kg_per_kw]  -1
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  compute.td_hosted_le_installed[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,geo]  -1.667
    compute.n[b200_gb200,geo,heavy_5kg_per_kw]  power_conditioning.serves_loads[geo]  1.667
    compute.n[tpu_v6e,geo,baseline_10mm_al]  Obj       -0.075846811456860078
    compute.n[tpu_v6e,geo,baseline_10mm_al]  power_balance[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  heat_total[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  heat_by_temperature[geo,0]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  heat_by_temperature[geo,1]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  heat_by_temperature[geo,2]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  heat_by_temperature[geo,3]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  mass_launched[geo]  0.01
    compute.n[tpu_v6e,geo,baseline_10mm_al]  volume_launched[geo]  0.014999999999999999
    compute.n[tpu_v6e,geo,baseline_10mm_al]  hosting_it_bottom_up[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  hosting_mass[geo]  0.01
    compute.n[tpu_v6e,geo,baseline_10mm_al]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  compute.in_chosen_orbit[tpu_v6e,geo,baseline_10mm_al]  1
    compute.n[tpu_v6e,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,geo,baseline_10mm_al]  -1
    compute.n[tpu_v6e,geo,baseline_10mm_al]  compute.td_hosted_le_installed[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,baseline_10mm_al]  power_conditioning.serves_loads[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  Obj       -0.078077915517708707
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  power_balance[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  heat_total[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,0]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,1]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,2]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  heat_by_temperature[geo,3]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  mass_launched[geo]  0.0106
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  volume_launched[geo]  0.014999999999999999
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  hosting_it_bottom_up[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  hosting_mass[geo]  0.0106
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,geo,starcloud_1kg_per_kw]  1
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,geo,starcloud_1kg_per_kw]  -1
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  power_conditioning.serves_loads[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  Obj       -0.079787276594899426
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  power_balance[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  heat_total[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,0]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,1]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,2]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  heat_by_temperature[geo,3]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  mass_launched[geo]  0.013000000000000001
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  volume_launched[geo]  0.014999999999999999
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  hosting_it_bottom_up[geo]  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  hosting_mass[geo]  0.013000000000000001
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  scale_max  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  scale_min  0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  compute.in_chosen_orbit[tpu_v6e,geo,heavy_5kg_per_kw]  1
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,geo,heavy_5kg_per_kw]  -1
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  compute.td_hosted_le_installed[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,geo]  -0.59999999999999998
    compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  power_conditioning.serves_loads[geo]  0.59999999999999998
    MARK0013  'MARKER'                 'INTEND'
    compute.td_it[h100_sxm,geo]  power_balance[geo]  -1
    compute.td_it[h100_sxm,geo]  heat_total[geo]  -1
    compute.td_it[h100_sxm,geo]  heat_by_temperature[geo,0]  -1
    compute.td_it[h100_sxm,geo]  heat_by_temperature[geo,1]  -1
    compute.td_it[h100_sxm,geo]  heat_by_temperature[geo,2]  -1
    compute.td_it[h100_sxm,geo]  heat_by_temperature[geo,3]  -1
    compute.td_it[h100_sxm,geo]  hosting_it_bottom_up[geo]  -1
    compute.td_it[h100_sxm,geo]  hosting_it_top_down[geo]  1
    compute.td_it[h100_sxm,geo]  compute.td_hosted_le_installed[h100_sxm,geo]  1
    compute.td_it[h100_sxm,geo]  compute.td_eclipse_le_hosted[h100_sxm,geo]  -1
    compute.td_it[h100_sxm,geo]  compute.eclipse_bottom_up[h100_sxm,geo]  1
    compute.td_it[h100_sxm,geo]  power_conditioning.serves_loads[geo]  -1
    compute.td_it[b200_gb200,geo]  power_balance[geo]  -1
    compute.td_it[b200_gb200,geo]  heat_total[geo]  -1
    compute.td_it[b200_gb200,geo]  heat_by_temperature[geo,1]  -1
    compute.td_it[b200_gb200,geo]  heat_by_temperature[geo,2]  -1
    compute.td_it[b200_gb200,geo]  heat_by_temperature[geo,3]  -1
    compute.td_it[b200_gb200,geo]  hosting_it_bottom_up[geo]  -1
    compute.td_it[b200_gb200,geo]  hosting_it_top_down[geo]  1
    compute.td_it[b200_gb200,geo]  compute.td_hosted_le_installed[b200_gb200,geo]  1
    compute.td_it[b200_gb200,geo]  compute.td_eclipse_le_hosted[b200_gb200,geo]  -1
    compute.td_it[b200_gb200,geo]  compute.eclipse_bottom_up[b200_gb200,geo]  1
    compute.td_it[b200_gb200,geo]  power_conditioning.serves_loads[geo]  -1
    compute.td_it[tpu_v6e,geo]  power_balance[geo]  -1
    compute.td_it[tpu_v6e,geo]  heat_total[geo]  -1
    compute.td_it[tpu_v6e,geo]  heat_by_temperature[geo,0]  -1
    compute.td_it[tpu_v6e,geo]  heat_by_temperature[geo,1]  -1
    compute.td_it[tpu_v6e,geo]  heat_by_temperature[geo,2]  -1
    compute.td_it[tpu_v6e,geo]  heat_by_temperature[geo,3]  -1
    compute.td_it[tpu_v6e,geo]  hosting_it_bottom_up[geo]  -1
    compute.td_it[tpu_v6e,geo]  hosting_it_top_down[geo]  1
    compute.td_it[tpu_v6e,geo]  compute.td_hosted_le_installed[tpu_v6e,geo]  1
    compute.td_it[tpu_v6e,geo]  compute.td_eclipse_le_hosted[tpu_v6e,geo]  -1
    compute.td_it[tpu_v6e,geo]  compute.eclipse_bottom_up[tpu_v6e,geo]  1
    compute.td_it[tpu_v6e,geo]  power_conditioning.serves_loads[geo]  -1
    batteries.batt[li_ion_nmc,geo]  Obj       0.0045000000000000005
    batteries.batt[li_ion_nmc,geo]  power_balance[geo]  0.013657551808334679
    batteries.batt[li_ion_nmc,geo]  battery_energy[geo]  -0.28930952282978867
    batteries.batt[li_ion_nmc,geo]  mass_launched[geo]  0.0050000000000000001
    batteries.batt[li_ion_nmc,geo]  hosting_mass[geo]  0.0050000000000000001
    batteries.batt[li_ion_nmc,geo]  power_conditioning.serves_loads[geo]  0.013657551808334679
    batteries.batt[li_ion_high_energy,geo]  Obj       0.0048867924528301892
    batteries.batt[li_ion_high_energy,geo]  power_balance[geo]  0.036617538724204313
    batteries.batt[li_ion_high_energy,geo]  battery_energy[geo]  -0.76733304373003519
    batteries.batt[li_ion_high_energy,geo]  mass_launched[geo]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,geo]  hosting_mass[geo]  0.0037735849056603774
    batteries.batt[li_ion_high_energy,geo]  power_conditioning.serves_loads[geo]  0.036617538724204313
    MARK0014  'MARKER'                 'INTORG'
    buses.units[assembled_platform_module,geo]  Obj       47
    buses.units[assembled_platform_module,geo]  power_balance[geo]  20
    buses.units[assembled_platform_module,geo]  battery_energy[geo]  23.137925090562085
    buses.units[assembled_platform_module,geo]  heat_total[geo]  20
    buses.units[assembled_platform_module,geo]  mass_launched[geo]  8
    buses.units[assembled_platform_module,geo]  volume_launched[geo]  150
    buses.units[assembled_platform_module,geo]  hosting_it_bottom_up[geo]  -1000
    buses.units[assembled_platform_module,geo]  hosting_array[geo]  -5000
    buses.units[assembled_platform_module,geo]  hosting_radiator[geo]  -1500
    buses.units[assembled_platform_module,geo]  hosting_mass[geo]  -40
    buses.units[assembled_platform_module,geo]  power_conditioning.serves_loads[geo]  20
    MARK0015  'MARKER'                 'INTEND'
    power_conditioning.x[high_voltage_platform_pmad,geo]  Obj       0.0032500000000000003
    power_conditioning.x[high_voltage_platform_pmad,geo]  power_balance[geo]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,geo]  heat_total[geo]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,geo]  heat_by_temperature[geo,3]  0.063829787234042534
    power_conditioning.x[high_voltage_platform_pmad,geo]  mass_launched[geo]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,geo]  volume_launched[geo]  0.0030000000000000001
    power_conditioning.x[high_voltage_platform_pmad,geo]  hosting_mass[geo]  0.0025000000000000001
    power_conditioning.x[high_voltage_platform_pmad,geo]  power_conditioning.serves_loads[geo]  -1
    power_conditioning.x[regulated_bus_pcdu,geo]  Obj       0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,geo]  power_balance[geo]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,geo]  heat_total[geo]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,geo]  heat_by_temperature[geo,2]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,geo]  heat_by_temperature[geo,3]  0.075268817204301008
    power_conditioning.x[regulated_bus_pcdu,geo]  mass_launched[geo]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,geo]  volume_launched[geo]  0.0070000000000000001
    power_conditioning.x[regulated_bus_pcdu,geo]  hosting_mass[geo]  0.0060000000000000001
    power_conditioning.x[regulated_bus_pcdu,geo]  power_conditioning.serves_loads[geo]  -1
    solar_arrays.area[silicon,geo]  Obj       0.0023500000000000001
    solar_arrays.area[silicon,geo]  power_balance[geo]  -0.23031282809744469
    solar_arrays.area[silicon,geo]  mass_launched[geo]  0.002
    solar_arrays.area[silicon,geo]  volume_launched[geo]  0.01
    solar_arrays.area[silicon,geo]  hosting_array[geo]  1
    solar_arrays.area[silicon,geo]  hosting_mass[geo]  0.002
    solar_arrays.area[triple_junction,geo]  Obj       0.053499999999999999
    solar_arrays.area[triple_junction,geo]  power_balance[geo]  -0.3180101797069031
    solar_arrays.area[triple_junction,geo]  mass_launched[geo]  0.0030000000000000001
    solar_arrays.area[triple_junction,geo]  volume_launched[geo]  0.02
    solar_arrays.area[triple_junction,geo]  hosting_array[geo]  1
    solar_arrays.area[triple_junction,geo]  hosting_mass[geo]  0.0030000000000000001
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.0043918190536168574
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.41931131101378899
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.0044008691713176978
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.41931131101378899
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.0044114605029682763
    compute.ecl[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.41931131101378899
    compute.ecl[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_650]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_650]  1.2749999999999999
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.011101665959597719
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.5482289846744991
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.011124542900196401
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.5482289846744991
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.011151315730455701
    compute.ecl[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.5482289846744991
    compute.ecl[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_650]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_650]  1.667
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  Obj       -0.0040765317403642833
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  battery_energy[sso_dawn_dusk_650]  0.1973229698888419
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  Obj       -0.0040849321529521192
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.1973229698888419
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  Obj       -0.0040947631362233342
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_650]  0.1973229698888419
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_650]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_650]  0.59999999999999998
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
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.00064038361337319881
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.18406959785540658
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.00065769561943673956
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.18406959785540658
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.00067873752156966593
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.18406959785540658
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,sso_dawn_dusk_1200]  -1.2749999999999999
    compute.ecl[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,sso_dawn_dusk_1200]  1.2749999999999999
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.0016187654534206238
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.24066197617644142
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.0016625268438744678
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.24066197617644142
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.0017157166874865171
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.24066197617644142
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,sso_dawn_dusk_1200]  -1.667
    compute.ecl[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,sso_dawn_dusk_1200]  1.667
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  Obj       -0.00059441067449605305
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  battery_energy[sso_dawn_dusk_1200]  0.086620987226073684
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  Obj       -0.0006104798570707047
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.086620987226073684
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  Obj       -0.00063001116764504898
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  battery_energy[sso_dawn_dusk_1200]  0.086620987226073684
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  1
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,sso_dawn_dusk_1200]  -0.59999999999999998
    compute.ecl[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,sso_dawn_dusk_1200]  0.59999999999999998
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
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  Obj       -0.035511438994791908
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.75674407348159223
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,baseline_10mm_al]  1
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.035560244605320174
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.75674407348159223
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,heavy_5kg_per_kw]  Obj       -0.035617302601102255
    compute.ecl[h100_sxm,leo_550_53,heavy_5kg_per_kw]  battery_energy[leo_550_53]  0.75674407348159223
    compute.ecl[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,leo_550_53,heavy_5kg_per_kw]  1
    compute.ecl[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,leo_550_53]  -1.2749999999999999
    compute.ecl[h100_sxm,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,leo_550_53]  1.2749999999999999
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  Obj       -0.089766023748210078
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.98940578077946217
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,baseline_10mm_al]  1
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  -1.667
    compute.ecl[b200_gb200,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1.667
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.089889394856724369
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.98940578077946217
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  -1.667
    compute.ecl[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1.667
    compute.ecl[b200_gb200,leo_550_53,heavy_5kg_per_kw]  Obj       -0.090033626393079491
    compute.ecl[b200_gb200,leo_550_53,heavy_5kg_per_kw]  battery_energy[leo_550_53]  0.98940578077946217
    compute.ecl[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,leo_550_53,heavy_5kg_per_kw]  1
    compute.ecl[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,leo_550_53]  -1.667
    compute.ecl[b200_gb200,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,leo_550_53]  1.667
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  Obj       -0.032962083920342736
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  battery_energy[leo_550_53]  0.35611485810898458
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  Obj       -0.03300738579138919
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  battery_energy[leo_550_53]  0.35611485810898458
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  Obj       -0.033060347611538796
    compute.ecl[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  battery_energy[leo_550_53]  0.35611485810898458
    compute.ecl[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  1
    compute.ecl[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,leo_550_53]  -0.59999999999999998
    compute.ecl[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,leo_550_53]  0.59999999999999998
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
    compute.ecl[h100_sxm,geo,baseline_10mm_al]  Obj       -0.00097812337986146304
    compute.ecl[h100_sxm,geo,baseline_10mm_al]  battery_energy[geo]  1.4750427245233328
    compute.ecl[h100_sxm,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[h100_sxm,geo,baseline_10mm_al]  1
    compute.ecl[h100_sxm,geo,baseline_10mm_al]  compute.td_eclipse_le_running[h100_sxm,geo]  -1.2749999999999999
    compute.ecl[h100_sxm,geo,baseline_10mm_al]  compute.eclipse_bottom_up[h100_sxm,geo]  1.2749999999999999
    compute.ecl[h100_sxm,geo,starcloud_1kg_per_kw]  Obj       -0.001004565777089364
    compute.ecl[h100_sxm,geo,starcloud_1kg_per_kw]  battery_energy[geo]  1.4750427245233328
    compute.ecl[h100_sxm,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,geo,starcloud_1kg_per_kw]  1
    compute.ecl[h100_sxm,geo,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,geo]  -1.2749999999999999
    compute.ecl[h100_sxm,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,geo]  1.2749999999999999
    compute.ecl[h100_sxm,geo,heavy_5kg_per_kw]  Obj       -0.0010367052260121109
    compute.ecl[h100_sxm,geo,heavy_5kg_per_kw]  battery_energy[geo]  1.4750427245233328
    compute.ecl[h100_sxm,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[h100_sxm,geo,heavy_5kg_per_kw]  1
    compute.ecl[h100_sxm,geo,heavy_5kg_per_kw]  compute.td_eclipse_le_running[h100_sxm,geo]  -1.2749999999999999
    compute.ecl[h100_sxm,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[h100_sxm,geo]  1.2749999999999999
    compute.ecl[b200_gb200,geo,baseline_10mm_al]  Obj       -0.0024725060158277629
    compute.ecl[b200_gb200,geo,baseline_10mm_al]  battery_energy[geo]  1.9285460562983499
    compute.ecl[b200_gb200,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[b200_gb200,geo,baseline_10mm_al]  1
    compute.ecl[b200_gb200,geo,baseline_10mm_al]  compute.td_eclipse_le_running[b200_gb200,geo]  -1.667
    compute.ecl[b200_gb200,geo,baseline_10mm_al]  compute.eclipse_bottom_up[b200_gb200,geo]  1.667
    compute.ecl[b200_gb200,geo,starcloud_1kg_per_kw]  Obj       -0.0025393472626121429
    compute.ecl[b200_gb200,geo,starcloud_1kg_per_kw]  battery_energy[geo]  1.9285460562983499
    compute.ecl[b200_gb200,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,geo,starcloud_1kg_per_kw]  1
    compute.ecl[b200_gb200,geo,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,geo]  -1.667
    compute.ecl[b200_gb200,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,geo]  1.667
    compute.ecl[b200_gb200,geo,heavy_5kg_per_kw]  Obj       -0.0026205895500811707
    compute.ecl[b200_gb200,geo,heavy_5kg_per_kw]  battery_energy[geo]  1.9285460562983499
    compute.ecl[b200_gb200,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[b200_gb200,geo,heavy_5kg_per_kw]  1
    compute.ecl[b200_gb200,geo,heavy_5kg_per_kw]  compute.td_eclipse_le_running[b200_gb200,geo]  -1.667
    compute.ecl[b200_gb200,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[b200_gb200,geo]  1.667
    compute.ecl[tpu_v6e,geo,baseline_10mm_al]  Obj       -0.00090790420901195451
    compute.ecl[tpu_v6e,geo,baseline_10mm_al]  battery_energy[geo]  0.69413775271686251
    compute.ecl[tpu_v6e,geo,baseline_10mm_al]  compute.eclipse_running_le_installed[tpu_v6e,geo,baseline_10mm_al]  1
    compute.ecl[tpu_v6e,geo,baseline_10mm_al]  compute.td_eclipse_le_running[tpu_v6e,geo]  -0.59999999999999998
    compute.ecl[tpu_v6e,geo,baseline_10mm_al]  compute.eclipse_bottom_up[tpu_v6e,geo]  0.59999999999999998
    compute.ecl[tpu_v6e,geo,starcloud_1kg_per_kw]  Obj       -0.00093244831483117914
    compute.ecl[tpu_v6e,geo,starcloud_1kg_per_kw]  battery_energy[geo]  0.69413775271686251
    compute.ecl[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,geo,starcloud_1kg_per_kw]  1
    compute.ecl[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,geo]  -0.59999999999999998
    compute.ecl[tpu_v6e,geo,starcloud_1kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,geo]  0.59999999999999998
    compute.ecl[tpu_v6e,geo,heavy_5kg_per_kw]  Obj       -0.00096228048278980578
    compute.ecl[tpu_v6e,geo,heavy_5kg_per_kw]  battery_energy[geo]  0.69413775271686251
    compute.ecl[tpu_v6e,geo,heavy_5kg_per_kw]  compute.eclipse_running_le_installed[tpu_v6e,geo,heavy_5kg_per_kw]  1
    compute.ecl[tpu_v6e,geo,heavy_5kg_per_kw]  compute.td_eclipse_le_running[tpu_v6e,geo]  -0.59999999999999998
    compute.ecl[tpu_v6e,geo,heavy_5kg_per_kw]  compute.eclipse_bottom_up[tpu_v6e,geo]  0.59999999999999998
    compute.td_ecl[h100_sxm,geo]  battery_energy[geo]  -1.1568962545281043
    compute.td_ecl[h100_sxm,geo]  td_eclipse_capacity[geo]  1
    compute.td_ecl[h100_sxm,geo]  compute.td_eclipse_le_hosted[h100_sxm,geo]  1
    compute.td_ecl[h100_sxm,geo]  compute.td_eclipse_le_running[h100_sxm,geo]  1
    compute.td_ecl[h100_sxm,geo]  compute.eclipse_bottom_up[h100_sxm,geo]  -1
    compute.td_ecl[b200_gb200,geo]  battery_energy[geo]  -1.1568962545281043
    compute.td_ecl[b200_gb200,geo]  td_eclipse_capacity[geo]  1
    compute.td_ecl[b200_gb200,geo]  compute.td_eclipse_le_hosted[b200_gb200,geo]  1
    compute.td_ecl[b200_gb200,geo]  compute.td_eclipse_le_running[b200_gb200,geo]  1
    compute.td_ecl[b200_gb200,geo]  compute.eclipse_bottom_up[b200_gb200,geo]  -1
    compute.td_ecl[tpu_v6e,geo]  battery_energy[geo]  -1.1568962545281043
    compute.td_ecl[tpu_v6e,geo]  td_eclipse_capacity[geo]  1
    compute.td_ecl[tpu_v6e,geo]  compute.td_eclipse_le_hosted[tpu_v6e,geo]  1
    compute.td_ecl[tpu_v6e,geo]  compute.td_eclipse_le_running[tpu_v6e,geo]  1
    compute.td_ecl[tpu_v6e,geo]  compute.eclipse_bottom_up[tpu_v6e,geo]  -1
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.58410818408088805
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.68895011827103492
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.80481730166650878
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.9324568628007569
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.0726404262247167
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1.0726404262247167
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1.0726404262247167
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  Obj       0.0075017566352232352
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.2261641125068161
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1.2261641125068161
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.005003513270446471
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.62420233496866151
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.73137408991858954
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.84981609961174054
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,0]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,1]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -0.980292095437861
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.123590849160131
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,2]  -1.123590849160131
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1.123590849160131
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  Obj       0.011251756635223237
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  heat_total[sso_dawn_dusk_650]  -1.280526172915166
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  heat_by_temperature[sso_dawn_dusk_650,3]  -1.280526172915166
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  0.0025035132704464714
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  0.02
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  hosting_radiator[sso_dawn_dusk_650]  1
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_650]  hosting_mass[sso_dawn_dusk_650]  0.0025000000000000001
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.61562190715171794
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@290K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.72046384134186481
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@300K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.83633102473733867
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@310K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.96397058587158679
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@320K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.1041541492955467
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.1041541492955467
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1.1041541492955467
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@330K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  Obj       0.0075000325828709826
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.2576778355776459
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1.2576778355776459
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.005000065165741965
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[deployable_aluminium_panel@340K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.65413652352679086
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@290K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.76130827847671889
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@300K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -0.87975028816986989
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@310K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,0]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,1]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1.0102262839959901
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@320K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.1535250377182604
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,2]  -1.1535250377182604
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1.1535250377182604
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@330K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  Obj       0.011250032582870982
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  heat_total[sso_dawn_dusk_1200]  -1.3104603614732953
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  heat_by_temperature[sso_dawn_dusk_1200,3]  -1.3104603614732953
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  0.002500065165741965
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  0.02
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  hosting_radiator[sso_dawn_dusk_1200]  1
    radiators.rad[lightweight_composite@340K,sso_dawn_dusk_1200]  hosting_mass[sso_dawn_dusk_1200]  0.0025000000000000001
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_total[leo_550_53]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.56085223504849868
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@290K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_total[leo_550_53]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.66569416923864555
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@300K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_total[leo_550_53]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.78156135263411941
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@310K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_total[leo_550_53]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.90920091376836754
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@320K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  heat_total[leo_550_53]  -1.0493844771923275
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1.0493844771923275
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1.0493844771923275
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@330K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  Obj       0.0075381855066662803
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  heat_total[leo_550_53]  -1.2029081634744268
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1.2029081634744268
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  mass_launched[leo_550_53]  0.0050763710133325604
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  volume_launched[leo_550_53]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[deployable_aluminium_panel@340K,leo_550_53]  hosting_mass[leo_550_53]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_total[leo_550_53]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.61272388914019815
    radiators.rad[lightweight_composite@290K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@290K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@290K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@290K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_total[leo_550_53]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.71989564409012619
    radiators.rad[lightweight_composite@300K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@300K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@300K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@300K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_total[leo_550_53]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.83833765378327718
    radiators.rad[lightweight_composite@310K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@310K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@310K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@310K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_total[leo_550_53]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,0]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,1]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -0.96881364960939753
    radiators.rad[lightweight_composite@320K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@320K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@320K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@320K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@330K,leo_550_53]  heat_total[leo_550_53]  -1.1121124033316676
    radiators.rad[lightweight_composite@330K,leo_550_53]  heat_by_temperature[leo_550_53,2]  -1.1121124033316676
    radiators.rad[lightweight_composite@330K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1.1121124033316676
    radiators.rad[lightweight_composite@330K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@330K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@330K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@330K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,leo_550_53]  Obj       0.011288185506666281
    radiators.rad[lightweight_composite@340K,leo_550_53]  heat_total[leo_550_53]  -1.2690477270867024
    radiators.rad[lightweight_composite@340K,leo_550_53]  heat_by_temperature[leo_550_53,3]  -1.2690477270867024
    radiators.rad[lightweight_composite@340K,leo_550_53]  mass_launched[leo_550_53]  0.0025763710133325599
    radiators.rad[lightweight_composite@340K,leo_550_53]  volume_launched[leo_550_53]  0.02
    radiators.rad[lightweight_composite@340K,leo_550_53]  hosting_radiator[leo_550_53]  1
    radiators.rad[lightweight_composite@340K,leo_550_53]  hosting_mass[leo_550_53]  0.0025000000000000001
    radiators.rad[deployable_aluminium_panel@290K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@290K,geo]  heat_total[geo]  -0.69707425511398868
    radiators.rad[deployable_aluminium_panel@290K,geo]  heat_by_temperature[geo,0]  -0.69707425511398868
    radiators.rad[deployable_aluminium_panel@290K,geo]  heat_by_temperature[geo,1]  -0.69707425511398868
    radiators.rad[deployable_aluminium_panel@290K,geo]  heat_by_temperature[geo,2]  -0.69707425511398868
    radiators.rad[deployable_aluminium_panel@290K,geo]  heat_by_temperature[geo,3]  -0.69707425511398868
    radiators.rad[deployable_aluminium_panel@290K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@290K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@290K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@290K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@300K,geo]  heat_total[geo]  -0.80191618930413566
    radiators.rad[deployable_aluminium_panel@300K,geo]  heat_by_temperature[geo,0]  -0.80191618930413566
    radiators.rad[deployable_aluminium_panel@300K,geo]  heat_by_temperature[geo,1]  -0.80191618930413566
    radiators.rad[deployable_aluminium_panel@300K,geo]  heat_by_temperature[geo,2]  -0.80191618930413566
    radiators.rad[deployable_aluminium_panel@300K,geo]  heat_by_temperature[geo,3]  -0.80191618930413566
    radiators.rad[deployable_aluminium_panel@300K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@300K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@300K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@300K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@310K,geo]  heat_total[geo]  -0.91778337269960941
    radiators.rad[deployable_aluminium_panel@310K,geo]  heat_by_temperature[geo,0]  -0.91778337269960941
    radiators.rad[deployable_aluminium_panel@310K,geo]  heat_by_temperature[geo,1]  -0.91778337269960941
    radiators.rad[deployable_aluminium_panel@310K,geo]  heat_by_temperature[geo,2]  -0.91778337269960941
    radiators.rad[deployable_aluminium_panel@310K,geo]  heat_by_temperature[geo,3]  -0.91778337269960941
    radiators.rad[deployable_aluminium_panel@310K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@310K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@310K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@310K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@320K,geo]  heat_total[geo]  -1.0454229338338576
    radiators.rad[deployable_aluminium_panel@320K,geo]  heat_by_temperature[geo,0]  -1.0454229338338576
    radiators.rad[deployable_aluminium_panel@320K,geo]  heat_by_temperature[geo,1]  -1.0454229338338576
    radiators.rad[deployable_aluminium_panel@320K,geo]  heat_by_temperature[geo,2]  -1.0454229338338576
    radiators.rad[deployable_aluminium_panel@320K,geo]  heat_by_temperature[geo,3]  -1.0454229338338576
    radiators.rad[deployable_aluminium_panel@320K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@320K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@320K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@320K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@330K,geo]  heat_total[geo]  -1.1856064972578173
    radiators.rad[deployable_aluminium_panel@330K,geo]  heat_by_temperature[geo,2]  -1.1856064972578173
    radiators.rad[deployable_aluminium_panel@330K,geo]  heat_by_temperature[geo,3]  -1.1856064972578173
    radiators.rad[deployable_aluminium_panel@330K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@330K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@330K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@330K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,geo]  Obj       0.0074999999999999997
    radiators.rad[deployable_aluminium_panel@340K,geo]  heat_total[geo]  -1.3391301835399168
    radiators.rad[deployable_aluminium_panel@340K,geo]  heat_by_temperature[geo,3]  -1.3391301835399168
    radiators.rad[deployable_aluminium_panel@340K,geo]  mass_launched[geo]  0.0050000000000000001
    radiators.rad[deployable_aluminium_panel@340K,geo]  volume_launched[geo]  0.029999999999999999
    radiators.rad[deployable_aluminium_panel@340K,geo]  hosting_radiator[geo]  1
    radiators.rad[deployable_aluminium_panel@340K,geo]  hosting_mass[geo]  0.0050000000000000001
    radiators.rad[lightweight_composite@290K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@290K,geo]  heat_total[geo]  -0.73149108954548869
    radiators.rad[lightweight_composite@290K,geo]  heat_by_temperature[geo,0]  -0.73149108954548869
    radiators.rad[lightweight_composite@290K,geo]  heat_by_temperature[geo,1]  -0.73149108954548869
    radiators.rad[lightweight_composite@290K,geo]  heat_by_temperature[geo,2]  -0.73149108954548869
    radiators.rad[lightweight_composite@290K,geo]  heat_by_temperature[geo,3]  -0.73149108954548869
    radiators.rad[lightweight_composite@290K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@290K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@290K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@290K,geo]  hosting_mass[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@300K,geo]  heat_total[geo]  -0.83866284449541673
    radiators.rad[lightweight_composite@300K,geo]  heat_by_temperature[geo,0]  -0.83866284449541673
    radiators.rad[lightweight_composite@300K,geo]  heat_by_temperature[geo,1]  -0.83866284449541673
    radiators.rad[lightweight_composite@300K,geo]  heat_by_temperature[geo,2]  -0.83866284449541673
    radiators.rad[lightweight_composite@300K,geo]  heat_by_temperature[geo,3]  -0.83866284449541673
    radiators.rad[lightweight_composite@300K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@300K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@300K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@300K,geo]  hosting_mass[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@310K,geo]  heat_total[geo]  -0.95710485418856772
    radiators.rad[lightweight_composite@310K,geo]  heat_by_temperature[geo,0]  -0.95710485418856772
    radiators.rad[lightweight_composite@310K,geo]  heat_by_temperature[geo,1]  -0.95710485418856772
    radiators.rad[lightweight_composite@310K,geo]  heat_by_temperature[geo,2]  -0.95710485418856772
    radiators.rad[lightweight_composite@310K,geo]  heat_by_temperature[geo,3]  -0.95710485418856772
    radiators.rad[lightweight_composite@310K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@310K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@310K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@310K,geo]  hosting_mass[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@320K,geo]  heat_total[geo]  -1.087580850014688
    radiators.rad[lightweight_composite@320K,geo]  heat_by_temperature[geo,0]  -1.087580850014688
    radiators.rad[lightweight_composite@320K,geo]  heat_by_temperature[geo,1]  -1.087580850014688
    radiators.rad[lightweight_composite@320K,geo]  heat_by_temperature[geo,2]  -1.087580850014688
    radiators.rad[lightweight_composite@320K,geo]  heat_by_temperature[geo,3]  -1.087580850014688
    radiators.rad[lightweight_composite@320K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@320K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@320K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@320K,geo]  hosting_mass[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@330K,geo]  heat_total[geo]  -1.230879603736958
    radiators.rad[lightweight_composite@330K,geo]  heat_by_temperature[geo,2]  -1.230879603736958
    radiators.rad[lightweight_composite@330K,geo]  heat_by_temperature[geo,3]  -1.230879603736958
    radiators.rad[lightweight_composite@330K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@330K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@330K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@330K,geo]  hosting_mass[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,geo]  Obj       0.01125
    radiators.rad[lightweight_composite@340K,geo]  heat_total[geo]  -1.3878149274919929
    radiators.rad[lightweight_composite@340K,geo]  heat_by_temperature[geo,3]  -1.3878149274919929
    radiators.rad[lightweight_composite@340K,geo]  mass_launched[geo]  0.0025000000000000001
    radiators.rad[lightweight_composite@340K,geo]  volume_launched[geo]  0.02
    radiators.rad[lightweight_composite@340K,geo]  hosting_radiator[geo]  1
    radiators.rad[lightweight_composite@340K,geo]  hosting_mass[geo]  0.0025000000000000001
    launch.carried[new_glenn,sso_dawn_dusk_650]  mass_launched[sso_dawn_dusk_650]  -1
    launch.carried[new_glenn,sso_dawn_dusk_650]  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_650]  1
    launch.carried[new_glenn,sso_dawn_dusk_1200]  mass_launched[sso_dawn_dusk_1200]  -1
    launch.carried[new_glenn,sso_dawn_dusk_1200]  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_1200]  1
    launch.carried[new_glenn,leo_550_53]  mass_launched[leo_550_53]  -1
    launch.carried[new_glenn,leo_550_53]  launch.vehicle_capacity[new_glenn,leo_550_53]  1
    launch.carried[new_glenn,geo]  mass_launched[geo]  -1
    launch.carried[new_glenn,geo]  launch.vehicle_capacity[new_glenn,geo]  1
    MARK0016  'MARKER'                 'INTORG'
    launch.launches[new_glenn,sso_dawn_dusk_650]  Obj       68
    launch.launches[new_glenn,sso_dawn_dusk_650]  volume_launched[sso_dawn_dusk_650]  -450
    launch.launches[new_glenn,sso_dawn_dusk_650]  limit[launch_cadence]  1
    launch.launches[new_glenn,sso_dawn_dusk_650]  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_650]  -38.25
    launch.launches[new_glenn,sso_dawn_dusk_1200]  Obj       68
    launch.launches[new_glenn,sso_dawn_dusk_1200]  volume_launched[sso_dawn_dusk_1200]  -450
    launch.launches[new_glenn,sso_dawn_dusk_1200]  limit[launch_cadence]  1
    launch.launches[new_glenn,sso_dawn_dusk_1200]  launch.vehicle_capacity[new_glenn,sso_dawn_dusk_1200]  -33.75
    launch.launches[new_glenn,leo_550_53]  Obj       68
    launch.launches[new_glenn,leo_550_53]  volume_launched[leo_550_53]  -450
    launch.launches[new_glenn,leo_550_53]  limit[launch_cadence]  1
    launch.launches[new_glenn,leo_550_53]  launch.vehicle_capacity[new_glenn,leo_550_53]  -45
    launch.launches[new_glenn,geo]  Obj       68
    launch.launches[new_glenn,geo]  volume_launched[geo]  -450
    launch.launches[new_glenn,geo]  limit[launch_cadence]  1
    launch.launches[new_glenn,geo]  launch.vehicle_capacity[new_glenn,geo]  -11.5
    slack[scale_min]  Obj       0
    slack[launch_cadence]  Obj       0
    MARK0017  'MARKER'                 'INTEND'
RHS
    RHS_V     Obj       -4000
    RHS_V     one_orbit  1
    RHS_V     scale_max  1000000
    RHS_V     scale_min  500000
    RHS_V     limit[launch_cadence]  1000
BOUNDS
 BV BOUND     pick[sso_dawn_dusk_650,baseline_10mm_al]
 BV BOUND     pick[sso_dawn_dusk_650,starcloud_1kg_per_kw]
 BV BOUND     pick[sso_dawn_dusk_650,heavy_5kg_per_kw]
 BV BOUND     pick[sso_dawn_dusk_1200,baseline_10mm_al]
 BV BOUND     pick[sso_dawn_dusk_1200,starcloud_1kg_per_kw]
 BV BOUND     pick[sso_dawn_dusk_1200,heavy_5kg_per_kw]
 BV BOUND     pick[leo_550_53,baseline_10mm_al]
 BV BOUND     pick[leo_550_53,starcloud_1kg_per_kw]
 BV BOUND     pick[leo_550_53,heavy_5kg_per_kw]
 BV BOUND     pick[geo,baseline_10mm_al]
 BV BOUND     pick[geo,starcloud_1kg_per_kw]
 BV BOUND     pick[geo,heavy_5kg_per_kw]
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_650,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_650,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_650,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_650,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_650,heavy_5kg_per_kw]  0
 LI BOUND     buses.units[assembled_platform_module,sso_dawn_dusk_650]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[h100_sxm,sso_dawn_dusk_1200,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,sso_dawn_dusk_1200,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_1200,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_1200,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,sso_dawn_dusk_1200,heavy_5kg_per_kw]  0
 LI BOUND     buses.units[assembled_platform_module,sso_dawn_dusk_1200]  0
 LI BOUND     compute.n[h100_sxm,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[h100_sxm,leo_550_53,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,leo_550_53,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,leo_550_53,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,leo_550_53,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,leo_550_53,heavy_5kg_per_kw]  0
 LI BOUND     buses.units[assembled_platform_module,leo_550_53]  0
 LI BOUND     compute.n[h100_sxm,geo,baseline_10mm_al]  0
 LI BOUND     compute.n[h100_sxm,geo,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[h100_sxm,geo,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,geo,baseline_10mm_al]  0
 LI BOUND     compute.n[b200_gb200,geo,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[b200_gb200,geo,heavy_5kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,geo,baseline_10mm_al]  0
 LI BOUND     compute.n[tpu_v6e,geo,starcloud_1kg_per_kw]  0
 LI BOUND     compute.n[tpu_v6e,geo,heavy_5kg_per_kw]  0
 LI BOUND     buses.units[assembled_platform_module,geo]  0
 LI BOUND     launch.launches[new_glenn,sso_dawn_dusk_650]  0
 LI BOUND     launch.launches[new_glenn,sso_dawn_dusk_1200]  0
 LI BOUND     launch.launches[new_glenn,leo_550_53]  0
 LI BOUND     launch.launches[new_glenn,geo]  0
 FX BOUND     slack[scale_min]  0
 FX BOUND     slack[launch_cadence]  0
ENDATA
